-- participations.answered counts each panellist's fully answered items (clusters in coverage rounds), so the
-- progress line after an autosave is one primary-key read instead of a count over the whole round.
CREATE TRIGGER rating_answers_answered_insert AFTER INSERT ON rating_answers WHEN ((NEW.importance IS NOT NULL OR NEW.importance_cannot_judge) AND (NEW.frequency IS NOT NULL OR NEW.frequency_cannot_judge)) BEGIN UPDATE participations SET answered = answered + 1 WHERE round_id = NEW.round_id AND panellist_id = NEW.panellist_id; END;
--> statement-breakpoint
CREATE TRIGGER rating_answers_answered_update AFTER UPDATE ON rating_answers WHEN ((NEW.importance IS NOT NULL OR NEW.importance_cannot_judge) AND (NEW.frequency IS NOT NULL OR NEW.frequency_cannot_judge)) <> ((OLD.importance IS NOT NULL OR OLD.importance_cannot_judge) AND (OLD.frequency IS NOT NULL OR OLD.frequency_cannot_judge)) BEGIN UPDATE participations SET answered = answered + (CASE WHEN ((NEW.importance IS NOT NULL OR NEW.importance_cannot_judge) AND (NEW.frequency IS NOT NULL OR NEW.frequency_cannot_judge)) THEN 1 ELSE -1 END) WHERE round_id = NEW.round_id AND panellist_id = NEW.panellist_id; END;
--> statement-breakpoint
CREATE TRIGGER rating_answers_answered_delete AFTER DELETE ON rating_answers WHEN ((OLD.importance IS NOT NULL OR OLD.importance_cannot_judge) AND (OLD.frequency IS NOT NULL OR OLD.frequency_cannot_judge)) BEGIN UPDATE participations SET answered = answered - 1 WHERE round_id = OLD.round_id AND panellist_id = OLD.panellist_id; END;
--> statement-breakpoint
CREATE TRIGGER review_answers_answered_insert AFTER INSERT ON review_answers WHEN (NEW.verdict IS NOT NULL) BEGIN UPDATE participations SET answered = answered + 1 WHERE round_id = NEW.round_id AND panellist_id = NEW.panellist_id; END;
--> statement-breakpoint
CREATE TRIGGER review_answers_answered_update AFTER UPDATE ON review_answers WHEN (NEW.verdict IS NOT NULL) <> (OLD.verdict IS NOT NULL) BEGIN UPDATE participations SET answered = answered + (CASE WHEN (NEW.verdict IS NOT NULL) THEN 1 ELSE -1 END) WHERE round_id = NEW.round_id AND panellist_id = NEW.panellist_id; END;
--> statement-breakpoint
CREATE TRIGGER review_answers_answered_delete AFTER DELETE ON review_answers WHEN (OLD.verdict IS NOT NULL) BEGIN UPDATE participations SET answered = answered - 1 WHERE round_id = OLD.round_id AND panellist_id = OLD.panellist_id; END;
--> statement-breakpoint
CREATE TRIGGER coverage_answers_answered_insert AFTER INSERT ON coverage_answers WHEN (NEW.verdict IS NOT NULL) BEGIN UPDATE participations SET answered = answered + 1 WHERE round_id = NEW.round_id AND panellist_id = NEW.panellist_id; END;
--> statement-breakpoint
CREATE TRIGGER coverage_answers_answered_update AFTER UPDATE ON coverage_answers WHEN (NEW.verdict IS NOT NULL) <> (OLD.verdict IS NOT NULL) BEGIN UPDATE participations SET answered = answered + (CASE WHEN (NEW.verdict IS NOT NULL) THEN 1 ELSE -1 END) WHERE round_id = NEW.round_id AND panellist_id = NEW.panellist_id; END;
--> statement-breakpoint
CREATE TRIGGER coverage_answers_answered_delete AFTER DELETE ON coverage_answers WHEN (OLD.verdict IS NOT NULL) BEGIN UPDATE participations SET answered = answered - 1 WHERE round_id = OLD.round_id AND panellist_id = OLD.panellist_id; END;
--> statement-breakpoint
UPDATE participations SET answered =
  (SELECT count(*) FROM rating_answers X WHERE X.round_id = participations.round_id AND X.panellist_id = participations.panellist_id AND ((X.importance IS NOT NULL OR X.importance_cannot_judge) AND (X.frequency IS NOT NULL OR X.frequency_cannot_judge)))
  + (SELECT count(*) FROM review_answers X WHERE X.round_id = participations.round_id AND X.panellist_id = participations.panellist_id AND (X.verdict IS NOT NULL))
  + (SELECT count(*) FROM coverage_answers X WHERE X.round_id = participations.round_id AND X.panellist_id = participations.panellist_id AND (X.verdict IS NOT NULL));
