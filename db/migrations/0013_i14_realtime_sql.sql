-- Real-time Delphi: every rating given in a real-time round is kept as a revision, whatever code path saves
-- it (the autosave hot path upserts rating_answers); revisions are append-only.
CREATE TRIGGER rating_revisions_on_insert AFTER INSERT ON rating_answers
WHEN EXISTS (SELECT 1 FROM realtime_rounds WHERE round_id = NEW.round_id)
BEGIN
  INSERT INTO rating_revisions (round_id, round_item_id, panellist_id, importance, importance_cannot_judge, frequency, frequency_cannot_judge, comment, at)
  VALUES (NEW.round_id, NEW.round_item_id, NEW.panellist_id, NEW.importance, NEW.importance_cannot_judge, NEW.frequency, NEW.frequency_cannot_judge, NEW.comment, NEW.updated_at);
END;
--> statement-breakpoint
CREATE TRIGGER rating_revisions_on_update AFTER UPDATE ON rating_answers
WHEN EXISTS (SELECT 1 FROM realtime_rounds WHERE round_id = NEW.round_id)
  AND (NEW.importance IS NOT OLD.importance OR NEW.importance_cannot_judge IS NOT OLD.importance_cannot_judge
    OR NEW.frequency IS NOT OLD.frequency OR NEW.frequency_cannot_judge IS NOT OLD.frequency_cannot_judge
    OR NEW.comment IS NOT OLD.comment)
BEGIN
  INSERT INTO rating_revisions (round_id, round_item_id, panellist_id, importance, importance_cannot_judge, frequency, frequency_cannot_judge, comment, at)
  VALUES (NEW.round_id, NEW.round_item_id, NEW.panellist_id, NEW.importance, NEW.importance_cannot_judge, NEW.frequency, NEW.frequency_cannot_judge, NEW.comment, NEW.updated_at);
END;
--> statement-breakpoint
CREATE TRIGGER rating_revisions_no_update BEFORE UPDATE ON rating_revisions BEGIN SELECT RAISE(ABORT, 'rating_revisions is append-only'); END;
