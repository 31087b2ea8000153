-- What the cut-over (module reorg) needs of dossiers.
-- Finding the dossiers an ended agency still holds, in id order, batch after batch.
CREATE INDEX dossier_agency_id ON dossier (agency_id, id);

-- The applicant's address as far as a reorganization needs it: the old village (thôn, ấp, bản) or street
-- of the unit the dossier was received in. A split unit's dossier goes to the successor that took that
-- village; without it a person decides (reorg's review queue).
CREATE TABLE dossier_address (
	dossier_id bigint PRIMARY KEY REFERENCES dossier (id),
	locality   text NOT NULL
);
