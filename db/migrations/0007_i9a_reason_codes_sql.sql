-- Generated reasons stored as Dutch sentences become data (reason_code + reason_params), rendered in the reader's
-- language; `reason` keeps only what a person wrote. item_versions is append-only by trigger, so the trigger is
-- lifted for this one conversion and put back unchanged.
DROP TRIGGER IF EXISTS item_versions_no_update;
--> statement-breakpoint
UPDATE item_versions SET reason_code = 'proposal', reason = '' WHERE reason_code IS NULL AND reason = 'voorgesteld uit casussen';
--> statement-breakpoint
UPDATE item_versions SET reason_code = 'suggestion', reason = '' WHERE reason_code IS NULL AND reason = 'suggestie uit nieuwe casussen aanvaard';
--> statement-breakpoint
UPDATE item_versions
SET reason_code = 'evidence',
    reason_params = json_object('cases', CAST(substr(reason, 12, instr(reason, ' nieuwe') - 12) AS INTEGER)),
    reason = ''
WHERE reason_code IS NULL AND reason LIKE 'bewijs uit % nieuwe casus(sen) toegevoegd';
--> statement-breakpoint
UPDATE item_versions
SET reason_code = 'panel-proposal', reason_params = json_object('round', CAST(substr(reason, 31) AS INTEGER)), reason = ''
WHERE reason_code IS NULL AND reason GLOB 'voorgesteld door panel, ronde [0-9]*';
--> statement-breakpoint
UPDATE item_versions
SET reason_code = 'panel-merge',
    reason_params = json_object('round', (SELECT number FROM rounds WHERE rounds.id = item_versions.round_id), 'proposal', substr(reason, 33)),
    reason = ''
WHERE reason_code IS NULL AND reason LIKE 'samengevoegd met panelvoorstel: %';
--> statement-breakpoint
UPDATE item_versions
SET reason_code = 'split',
    reason_params = json_object('from', CAST(CASE WHEN instr(reason, ': ') > 0 THEN substr(reason, 18, instr(reason, ': ') - 18) ELSE substr(reason, 18) END AS INTEGER)),
    reason = CASE WHEN instr(reason, ': ') > 0 THEN substr(reason, instr(reason, ': ') + 2) ELSE '' END
WHERE reason_code IS NULL AND reason GLOB 'afgesplitst van #[0-9]*';
--> statement-breakpoint
UPDATE item_versions
SET reason_code = 'own-wording', reason_params = json_object('round', CAST(substr(reason, 26) AS INTEGER)), reason = ''
WHERE reason_code IS NULL AND reason GLOB 'eigen formulering, ronde [0-9]*';
--> statement-breakpoint
UPDATE item_versions
SET reason_code = 'round', reason_params = json_object('round', CAST(substr(reason, 7) AS INTEGER)), reason = ''
WHERE reason_code IS NULL AND round_id IS NOT NULL AND reason GLOB 'ronde [0-9]*' AND reason NOT GLOB 'ronde [0-9]*[^0-9]*';
--> statement-breakpoint
CREATE TRIGGER item_versions_no_update BEFORE UPDATE ON item_versions BEGIN SELECT RAISE(ABORT, 'item_versions is append-only'); END;
