-- Forms, the statuses that stop the clock, apologies and results (module dossiers).

-- The receipt's secret, sealed (AES-GCM, 12-byte nonce first) with the installation's key file, so that
-- form 01 can be printed again for the receiving officers and the applicant's own account. Only its
-- SHA-256 (secret_hash) is used to check a secret; dossiers received before this column have none.
ALTER TABLE dossier ADD COLUMN secret_sealed bytea;
-- When the receiving agency marked the result ready for return, and how it was returned.
ALTER TABLE dossier ADD COLUMN result_ready_at timestamptz;
ALTER TABLE dossier ADD COLUMN return_method text CHECK (return_method IN ('COUNTER', 'POST', 'ONLINE'));

-- The results registry (sổ theo dõi kết quả) lists an agency's results by the day they were issued.
CREATE INDEX dossier_agency_completed ON dossier (agency_id, completed_at) WHERE completed_at IS NOT NULL;

-- Result documents (a signed PDF or a scanned image), in the blob store like the received papers.
-- Append-only in practice: a corrected result is a new row; the newest is the result.
CREATE TABLE dossier_result (
	id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	dossier_id   bigint      NOT NULL REFERENCES dossier (id),
	file_name    text        NOT NULL,
	content_type text        NOT NULL,
	size         bigint      NOT NULL,
	sha256       text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
	added_at     timestamptz NOT NULL,
	added_by     text        NOT NULL
);
CREATE INDEX dossier_result_dossier ON dossier_result (dossier_id, id);

-- Apologies for a late dossier with the new appointment (Circular 03/2025/TT-VPCP, form 04).
CREATE TABLE dossier_apology (
	id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	dossier_id      bigint      NOT NULL REFERENCES dossier (id),
	at              timestamptz NOT NULL,
	actor           text        NOT NULL,
	reason          text        NOT NULL,
	previous_due_at timestamp   NOT NULL,
	new_due_at      timestamp   NOT NULL CHECK (new_due_at > previous_due_at)
);
CREATE INDEX dossier_apology_dossier ON dossier_apology (dossier_id, id);
