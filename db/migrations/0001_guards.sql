-- The audit log and item history are append-only; adopted standard versions are frozen. These triggers make
-- that hold for every code path, not only the ones we remembered to check.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER item_versions_no_update BEFORE UPDATE ON item_versions BEGIN SELECT RAISE(ABORT, 'item_versions is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER standard_versions_frozen_update BEFORE UPDATE ON standard_versions WHEN OLD.status = 'adopted' BEGIN SELECT RAISE(ABORT, 'adopted standard versions are frozen'); END;
--> statement-breakpoint
CREATE TRIGGER standard_versions_frozen_delete BEFORE DELETE ON standard_versions WHEN OLD.status = 'adopted' BEGIN SELECT RAISE(ABORT, 'adopted standard versions are frozen'); END;
--> statement-breakpoint
CREATE TRIGGER standard_items_frozen_insert BEFORE INSERT ON standard_items WHEN (SELECT status FROM standard_versions WHERE id = NEW.version_id) = 'adopted' BEGIN SELECT RAISE(ABORT, 'adopted standard versions are frozen'); END;
--> statement-breakpoint
CREATE TRIGGER standard_items_frozen_update BEFORE UPDATE ON standard_items WHEN (SELECT status FROM standard_versions WHERE id = OLD.version_id) = 'adopted' BEGIN SELECT RAISE(ABORT, 'adopted standard versions are frozen'); END;
--> statement-breakpoint
CREATE TRIGGER standard_items_frozen_delete BEFORE DELETE ON standard_items WHEN (SELECT status FROM standard_versions WHERE id = OLD.version_id) = 'adopted' BEGIN SELECT RAISE(ABORT, 'adopted standard versions are frozen'); END;
--> statement-breakpoint
CREATE TRIGGER standard_clusters_frozen_insert BEFORE INSERT ON standard_clusters WHEN (SELECT status FROM standard_versions WHERE id = NEW.version_id) = 'adopted' BEGIN SELECT RAISE(ABORT, 'adopted standard versions are frozen'); END;
--> statement-breakpoint
CREATE TRIGGER standard_clusters_frozen_update BEFORE UPDATE ON standard_clusters WHEN (SELECT status FROM standard_versions WHERE id = OLD.version_id) = 'adopted' BEGIN SELECT RAISE(ABORT, 'adopted standard versions are frozen'); END;
--> statement-breakpoint
CREATE TRIGGER standard_clusters_frozen_delete BEFORE DELETE ON standard_clusters WHEN (SELECT status FROM standard_versions WHERE id = OLD.version_id) = 'adopted' BEGIN SELECT RAISE(ABORT, 'adopted standard versions are frozen'); END;
