-- Statistics read two disjoint sets: the dossiers still open (received before the period's end) and
-- those ended since the period's start. Each has its own index, so a period's statistics never walk
-- the years of history before it (V..6200's dossier_statistics index ranged over all of it).
DROP INDEX dossier_statistics;
CREATE INDEX dossier_open ON dossier (agency_id, received_at) WHERE completed_at IS NULL;
DROP INDEX dossier_completed;
CREATE INDEX dossier_completed ON dossier (completed_at, agency_id) WHERE completed_at IS NOT NULL;
