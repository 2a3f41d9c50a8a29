-- Real-time revisions are append-only: no UPDATE (0013) and no DELETE of a revision whose round, item and
-- panellist still exist. Deleting the panellist (erasure with their answers), the round or the study still
-- removes their revisions through the foreign keys, since SQLite runs those cascades after the parent row is gone.
CREATE TRIGGER rating_revisions_no_delete BEFORE DELETE ON rating_revisions
WHEN EXISTS (SELECT 1 FROM panellists WHERE id = OLD.panellist_id)
  AND EXISTS (SELECT 1 FROM round_items WHERE id = OLD.round_item_id)
  AND EXISTS (SELECT 1 FROM rounds WHERE id = OLD.round_id)
BEGIN
  SELECT RAISE(ABORT, 'rating_revisions is append-only');
END;
