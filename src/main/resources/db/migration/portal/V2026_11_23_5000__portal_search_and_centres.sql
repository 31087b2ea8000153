-- The portal's search index of procedures, kept by reacting to ProcedurePublished / ProcedureWithdrawn:
-- one row per published version with its period of force, so a version scheduled for a later day
-- appears on that day without any timer. Text is folded in Java (diacritics, đ, case) and searched with
-- PostgreSQL's full-text search ('simple' configuration) and pg_trgm.
CREATE TABLE portal_procedure (
	version_id   bigint PRIMARY KEY,
	code         text        NOT NULL,
	version      int         NOT NULL,
	valid_from   date        NOT NULL,
	valid_to     date,
	name         text        NOT NULL,
	field        text        NOT NULL,
	ministry     text        NOT NULL,
	levels       text[]      NOT NULL,
	online_level text,
	time_text    text        NOT NULL,
	name_folded  text        NOT NULL,
	name_core    text        NOT NULL,
	name_key     text        NOT NULL,
	field_folded text        NOT NULL,
	document     tsvector    NOT NULL,
	indexed_at   timestamptz NOT NULL
);
CREATE INDEX portal_procedure_document ON portal_procedure USING gin (document);
CREATE INDEX portal_procedure_name_trgm ON portal_procedure USING gin (name_folded gin_trgm_ops);
CREATE INDEX portal_procedure_code ON portal_procedure (code);

-- The province's Public Administration Centres (Trung tâm Phục vụ hành chính công) and their hotlines,
-- as an administrator enters them.
CREATE TABLE portal_service_centre (
	id            bigserial PRIMARY KEY,
	name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
	level         text        NOT NULL CHECK (level IN ('PROVINCE', 'COMMUNE')),
	unit_code     text        NOT NULL CHECK (unit_code ~ '^[0-9]{2}([0-9]{3})?$'),
	address       text        NOT NULL CHECK (length(address) BETWEEN 1 AND 500),
	hotline       text        NOT NULL CHECK (length(hotline) BETWEEN 1 AND 100),
	email         text,
	opening_hours text,
	position      int         NOT NULL DEFAULT 0,
	updated_at    timestamptz NOT NULL,
	updated_by    text        NOT NULL
);
