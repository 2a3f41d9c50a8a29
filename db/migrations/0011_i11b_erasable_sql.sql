-- A study may be deleted as a whole (AVG: erasure at the end of the retention period). The append-only and
-- frozen guards stay in force for everything else; they step aside only for a study marked `deleting_at`,
-- which only deleteStudy sets, inside the transaction that removes it.
DROP TRIGGER audit_log_no_delete;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN (SELECT deleting_at FROM studies WHERE id = OLD.study_id) IS NULL BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
DROP TRIGGER standard_versions_frozen_delete;
--> statement-breakpoint
CREATE TRIGGER standard_versions_frozen_delete BEFORE DELETE ON standard_versions WHEN OLD.status = 'adopted' AND (SELECT deleting_at FROM studies WHERE id = OLD.study_id) IS NULL BEGIN SELECT RAISE(ABORT, 'adopted standard versions are frozen'); END;
--> statement-breakpoint
DROP TRIGGER standard_items_frozen_delete;
--> statement-breakpoint
CREATE TRIGGER standard_items_frozen_delete BEFORE DELETE ON standard_items WHEN (SELECT status FROM standard_versions WHERE id = OLD.version_id) = 'adopted' AND (SELECT s.deleting_at FROM studies s JOIN standard_versions v ON v.study_id = s.id WHERE v.id = OLD.version_id) IS NULL BEGIN SELECT RAISE(ABORT, 'adopted standard versions are frozen'); END;
--> statement-breakpoint
DROP TRIGGER standard_clusters_frozen_delete;
--> statement-breakpoint
CREATE TRIGGER standard_clusters_frozen_delete BEFORE DELETE ON standard_clusters WHEN (SELECT status FROM standard_versions WHERE id = OLD.version_id) = 'adopted' AND (SELECT s.deleting_at FROM studies s JOIN standard_versions v ON v.study_id = s.id WHERE v.id = OLD.version_id) IS NULL BEGIN SELECT RAISE(ABORT, 'adopted standard versions are frozen'); END;
