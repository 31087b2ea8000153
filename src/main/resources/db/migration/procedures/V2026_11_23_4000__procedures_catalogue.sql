-- The catalogue of administrative procedures (TTHC): one row per procedure code, its versions (the
-- national record as imported, the province's configuration, the levels after decentralization), the
-- import and decentralization runs, and an append-only history of every state change.

CREATE TABLE procedures_import (
	id             bigserial PRIMARY KEY,
	source         text        NOT NULL,
	checksum       text        NOT NULL,
	effective_from date        NOT NULL,
	actor          text        NOT NULL,
	started_at     timestamptz NOT NULL,
	finished_at    timestamptz NOT NULL,
	added          int         NOT NULL,
	changed        int         NOT NULL,
	unchanged      int         NOT NULL,
	drafted        int         NOT NULL,
	report         jsonb       NOT NULL
);

CREATE TABLE procedures_procedure (
	code          text PRIMARY KEY CHECK (code ~ '^[0-9]{1,2}\.[0-9]{6}$'),
	national_hash text        NOT NULL,
	last_version  int         NOT NULL,
	created_at    timestamptz NOT NULL
);

CREATE TABLE procedures_version (
	id                  bigserial PRIMARY KEY,
	code                text        NOT NULL REFERENCES procedures_procedure (code),
	version             int         NOT NULL,
	state               text        NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
	valid_from          date,
	valid_to            date,
	origin              text        NOT NULL CHECK (origin IN ('IMPORT', 'CONFIGURATION', 'DECENTRALIZATION')),
	import_id           bigint REFERENCES procedures_import (id),
	national_hash       text        NOT NULL,
	name                text        NOT NULL,
	ministry            text        NOT NULL,
	field               text        NOT NULL,
	national_levels     text[]      NOT NULL,
	levels              text[]      NOT NULL,
	procedure_type      text        NOT NULL,
	decision_no         text        NOT NULL,
	subjects            text        NOT NULL,
	competent_authority text        NOT NULL,
	implementing_agency text        NOT NULL,
	receiving_address   text        NOT NULL,
	detail_url          text        NOT NULL,
	time_value          numeric,
	time_unit           text,
	time_text           text        NOT NULL,
	fee_summary         text        NOT NULL,
	national            jsonb       NOT NULL,
	raw                 jsonb       NOT NULL,
	configuration       jsonb,
	note                text,
	created_at          timestamptz NOT NULL,
	created_by          text        NOT NULL,
	UNIQUE (code, version),
	CHECK ((state = 'DRAFT') = (valid_from IS NULL)),
	CHECK (valid_to IS NULL OR valid_to >= valid_from),
	-- Two versions of a procedure are never in force on the same day.
	EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to) WITH &&) WHERE (state <> 'DRAFT')
);
-- At most one draft per procedure.
CREATE UNIQUE INDEX procedures_version_one_draft ON procedures_version (code) WHERE state = 'DRAFT';
CREATE INDEX procedures_version_in_force ON procedures_version (code, valid_from) WHERE state <> 'DRAFT';

CREATE TABLE procedures_decentralization (
	id             bigserial PRIMARY KEY,
	effective_from date        NOT NULL,
	legal_basis    text        NOT NULL,
	actor          text        NOT NULL,
	applied_at     timestamptz NOT NULL,
	moved          int         NOT NULL,
	report         jsonb       NOT NULL
);

-- Every state change of a procedure, append-only: who, when, what, from which state to which.
CREATE TABLE procedures_history (
	id         bigserial PRIMARY KEY,
	code       text        NOT NULL,
	version_id bigint,
	version    int,
	action     text        NOT NULL CHECK (action IN ('IMPORTED', 'CHANGED_BY_IMPORT', 'CONFIGURED', 'PUBLISHED',
		'SUPERSEDED', 'WITHDRAWN', 'DECENTRALIZED', 'DRAFT_DISCARDED')),
	from_state text,
	to_state   text,
	actor      text        NOT NULL,
	at         timestamptz NOT NULL,
	import_id  bigint,
	detail     text
);
CREATE INDEX procedures_history_by_code ON procedures_history (code, id);

CREATE FUNCTION procedures_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'procedures_history is append-only (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER procedures_history_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON procedures_history
	FOR EACH STATEMENT EXECUTE FUNCTION procedures_history_append_only();
