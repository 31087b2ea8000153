-- The audit trail (module audit): one row per state change, written in the transaction of the change.
-- Rows are chained later by a single sealer (seq, hash = SHA-256 of the previous hash and the row), so
-- concurrent writers never wait on each other for the chain head. The chain order is the sealing order;
-- a row committed late is simply sealed in a later round.
CREATE TABLE audit_entry (
	id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	recorded_at  timestamptz NOT NULL,
	subject_type text        NOT NULL,
	subject_id   text        NOT NULL,
	action       text        NOT NULL,
	actor        text        NOT NULL,
	-- the event as JSON text, hashed byte for byte (jsonb would reorder keys)
	detail       text        NOT NULL,
	seq          bigint UNIQUE,
	hash         bytea CHECK (hash IS NULL OR length(hash) = 32),
	sealed_at    timestamptz,
	CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (sealed_at IS NULL))
);
CREATE INDEX audit_entry_unsealed ON audit_entry (id) WHERE seq IS NULL;
CREATE INDEX audit_entry_subject ON audit_entry (subject_type, subject_id, id);
CREATE INDEX audit_entry_recorded ON audit_entry (recorded_at);

-- Append-only: no DELETE or TRUNCATE; an UPDATE may only seal an unsealed row, never change its content.
CREATE FUNCTION audit_entry_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'UPDATE' THEN
		RAISE EXCEPTION 'audit_entry is append-only';
	END IF;
	IF OLD.seq IS NOT NULL
			OR (NEW.id, NEW.recorded_at, NEW.subject_type, NEW.subject_id, NEW.action, NEW.actor, NEW.detail)
				IS DISTINCT FROM (OLD.id, OLD.recorded_at, OLD.subject_type, OLD.subject_id, OLD.action, OLD.actor, OLD.detail) THEN
		RAISE EXCEPTION 'audit_entry % is sealed or its content would change', OLD.id;
	END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
	FOR EACH ROW EXECUTE FUNCTION audit_entry_guard();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
	FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_guard();
