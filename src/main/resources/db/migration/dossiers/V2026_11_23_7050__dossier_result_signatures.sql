-- The digital signatures of result documents, as verified when the document was attached (module dossiers).
-- Only signatures that verified are stored: a document with a broken signature is refused. No row for a
-- result: an unsigned PDF or a scan. Decree 45/2020/NĐ-CP, Art. 14(3): an electronic result bears the
-- digital signature of the competent agency. Written once with its result, never changed.
CREATE TABLE dossier_result_signature (
	result_id                    bigint      NOT NULL REFERENCES dossier_result (id),
	position                     int         NOT NULL CHECK (position >= 1),
	signer_name                  text,
	signer_organization          text,
	subject                      text        NOT NULL,
	issuer                       text        NOT NULL,
	serial_number                text        NOT NULL,
	certificate_not_before       timestamptz NOT NULL,
	certificate_not_after        timestamptz NOT NULL,
	signed_at                    timestamptz,
	signing_time_source          text        NOT NULL CHECK (signing_time_source IN ('TIMESTAMP', 'CLAIMED', 'NONE')),
	certificate_valid_at_signing boolean     NOT NULL,
	covers_whole_document        boolean     NOT NULL,
	trust                        text        NOT NULL CHECK (trust IN ('NOT_CHECKED', 'CHAINED', 'NOT_CHAINED')),
	PRIMARY KEY (result_id, position)
);
