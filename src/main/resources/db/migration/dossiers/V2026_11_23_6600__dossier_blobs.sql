-- The bytes of received files and result documents, content-addressed by their SHA-256 (dossier_file and
-- the results registry name them by that hash). In the database rather than in a directory: the bytes
-- and the dossier that records them are written by one transaction and made durable by one WAL flush,
-- which PostgreSQL shares between concurrent commits (a directory needs its own fsyncs of each file and
-- of its directory per submission: they were most of a submission's time); and a backup of the
-- database is then a backup of everything, consistent to one moment.
CREATE TABLE dossier_blob (
	sha256    text        PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
	size      bigint      NOT NULL CHECK (size > 0),
	content   bytea       NOT NULL,
	stored_at timestamptz NOT NULL DEFAULT now(),
	CHECK (octet_length(content) = size)
);
-- Out of line and not compressed: PDFs and images are compressed already, pglz would spend CPU for nothing.
ALTER TABLE dossier_blob ALTER COLUMN content SET STORAGE EXTERNAL;
