-- One-stop dossier handling (module dossiers). Agencies are the units registry's ids; procedures the
-- procedures module's version ids: referenced by value, never joined (no module reads another's tables).

-- The number of the last dossier received per receiving agency and day (Circular 01/2018/TT-VPCP,
-- Article 19: XXXX is the dossier's order of receipt within the day). Incremented with
-- INSERT ... ON CONFLICT DO UPDATE ... RETURNING in the receipt's transaction: the row stays locked
-- until commit, so numbers are gap-free (a rolled-back receipt gives its number back) and unique
-- across application nodes on the same database. Never a sequence: sequences have gaps.
CREATE TABLE dossier_counter (
	agency_id bigint  NOT NULL,
	day       date    NOT NULL,
	last      integer NOT NULL CHECK (last BETWEEN 1 AND 9999),
	PRIMARY KEY (agency_id, day)
);

CREATE TABLE dossier (
	id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	code                 text        NOT NULL UNIQUE,
	procedure_code       text        NOT NULL,
	procedure_version_id bigint      NOT NULL,
	procedure_name       text        NOT NULL,
	agency_id            bigint      NOT NULL,
	agency_name          text        NOT NULL,
	channel              text        NOT NULL CHECK (channel IN ('ONLINE', 'COUNTER', 'POST')),
	applicant_name       text        NOT NULL,
	applicant_id_number  text        NOT NULL CHECK (applicant_id_number ~ '^[0-9]{12}$'),
	applicant_phone      text,
	owner_username       text,
	received_by          text        NOT NULL,
	status               text        NOT NULL,
	step                 integer     NOT NULL DEFAULT 0,
	received_at          timestamptz NOT NULL,
	step_started_at      timestamptz NOT NULL,
	-- local date-times in the working calendar's zone, as the calendar computes them
	due_at               timestamp   NOT NULL,
	step_due_at          timestamp,
	paused_since         timestamptz,
	completed_at         timestamptz,
	timeliness           text CHECK (timeliness IN ('EARLY', 'ON_TIME', 'LATE')),
	timeliness_minutes   bigint,
	result_returned_at   timestamptz,
	secret_hash          bytea       NOT NULL,
	version              integer     NOT NULL DEFAULT 0
);
CREATE INDEX dossier_agency_due ON dossier (agency_id, due_at);
CREATE INDEX dossier_owner ON dossier (owner_username) WHERE owner_username IS NOT NULL;
CREATE INDEX dossier_applicant_id ON dossier (applicant_id_number);
CREATE INDEX dossier_received ON dossier (received_at);

-- The internal process as it stood when the dossier was received (the procedure may change later).
CREATE TABLE dossier_step (
	dossier_id    bigint  NOT NULL REFERENCES dossier (id),
	position      integer NOT NULL,
	name          text    NOT NULL,
	role          text    NOT NULL,
	agency_id     bigint  NOT NULL,
	share_minutes bigint  NOT NULL,
	PRIMARY KEY (dossier_id, position)
);
CREATE INDEX dossier_step_agency ON dossier_step (agency_id);

-- The papers received, as files in the blob store (keyed by their SHA-256).
CREATE TABLE dossier_file (
	id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	dossier_id   bigint      NOT NULL REFERENCES dossier (id),
	component    text        NOT NULL,
	file_name    text        NOT NULL,
	content_type text        NOT NULL,
	size         bigint      NOT NULL,
	sha256       text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
	added_at     timestamptz NOT NULL,
	added_by     text        NOT NULL
);
CREATE INDEX dossier_file_dossier ON dossier_file (dossier_id);

-- Intervals the clock was stopped (supplement requests); to is null while it still is.
CREATE TABLE dossier_pause (
	dossier_id bigint      NOT NULL REFERENCES dossier (id),
	from_at    timestamptz NOT NULL,
	to_at      timestamptz,
	PRIMARY KEY (dossier_id, from_at)
);

-- Everything that happened to a dossier. Append-only: the trigger refuses updates and deletes.
CREATE TABLE dossier_history (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	dossier_id  bigint      NOT NULL REFERENCES dossier (id),
	at          timestamptz NOT NULL,
	actor       text        NOT NULL,
	action      text        NOT NULL,
	from_status text,
	to_status   text        NOT NULL,
	step        integer,
	note        text
);
CREATE INDEX dossier_history_dossier ON dossier_history (dossier_id, id);

CREATE FUNCTION dossier_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'dossier_history is append-only';
END $$;
CREATE TRIGGER dossier_history_append_only BEFORE UPDATE OR DELETE ON dossier_history
	FOR EACH ROW EXECUTE FUNCTION dossier_history_append_only();

-- A client's retry with the same Idempotency-Key gets the first answer back, never a second dossier.
CREATE TABLE dossier_idempotency (
	client       text        NOT NULL,
	key          text        NOT NULL,
	request_hash text        NOT NULL,
	dossier_code text,
	response     text,
	created_at   timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (client, key)
);
