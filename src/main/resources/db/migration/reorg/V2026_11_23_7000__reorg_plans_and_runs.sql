-- The cut-over engine (module reorg): a reorganization plan as data, its runs (apply, rollback), their
-- progress, the log of every move and the review queue. Agencies are the units registry's ids and items
-- (dossiers, grants) the owning modules' ids, referenced by value: no module reads another's tables.

-- A plan: what changes on which day, on which legal basis. Built from the registry's lineage or uploaded.
CREATE TABLE reorg_plan (
	id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name           text        NOT NULL,
	effective_date date        NOT NULL,
	legal_basis    text        NOT NULL,
	province_code  text CHECK (province_code ~ '^[0-9]{2}$'),
	source         text        NOT NULL CHECK (source IN ('LINEAGE', 'UPLOAD')),
	status         text        NOT NULL DEFAULT 'DRAFT'
		CHECK (status IN ('DRAFT', 'SCHEDULED', 'APPLYING', 'APPLIED', 'ROLLED_BACK')),
	created_at     timestamptz NOT NULL,
	created_by     text        NOT NULL,
	applied_at     timestamptz,
	rolled_back_at timestamptz
);
CREATE INDEX reorg_plan_due ON reorg_plan (effective_date) WHERE status = 'SCHEDULED';

-- The unit changes of a plan, one row per (old unit, new unit) pair, as the conversion table states them.
CREATE TABLE reorg_change (
	plan_id    bigint  NOT NULL REFERENCES reorg_plan (id),
	seq        integer NOT NULL,
	kind       text    NOT NULL CHECK (kind IN ('MERGE', 'SPLIT', 'RENAME', 'RETYPE', 'UNCHANGED', 'ABOLISH_LEVEL')),
	from_level text    NOT NULL,
	from_code  text    NOT NULL,
	from_name  text    NOT NULL,
	to_level   text    NOT NULL,
	to_code    text    NOT NULL,
	to_name    text    NOT NULL,
	relation   text    NOT NULL,
	PRIMARY KEY (plan_id, seq)
);
CREATE INDEX reorg_change_from ON reorg_change (plan_id, from_level, from_code);

-- For a split unit: which successor an address's old village or street goes to (the key is folded:
-- no diacritics, lower case, single spaces).
CREATE TABLE reorg_split_rule (
	plan_id      bigint NOT NULL REFERENCES reorg_plan (id),
	from_level   text   NOT NULL,
	from_code    text   NOT NULL,
	locality     text   NOT NULL,
	locality_key text   NOT NULL,
	to_code      text   NOT NULL,
	PRIMARY KEY (plan_id, from_level, from_code, locality_key)
);

-- Each agency of an old unit and who takes over from it: one successor, or (split unit) none and the
-- candidates among which an address or a person chooses. handed_over_at: AgencySucceeded was published.
CREATE TABLE reorg_agency_move (
	plan_id             bigint NOT NULL REFERENCES reorg_plan (id),
	old_agency_id       bigint NOT NULL,
	old_agency_name     text   NOT NULL,
	old_unit_level      text   NOT NULL,
	old_unit_code       text   NOT NULL,
	kind                text   NOT NULL,
	successor_agency_id bigint,
	successor_name      text,
	candidates          jsonb  NOT NULL DEFAULT '[]',
	handed_over_at      timestamptz,
	PRIMARY KEY (plan_id, old_agency_id)
);

-- A person's decision for one item the rules could not place (the review queue's answers).
CREATE TABLE reorg_decision (
	plan_id             bigint      NOT NULL REFERENCES reorg_plan (id),
	subject             text        NOT NULL,
	item_key            text        NOT NULL,
	successor_agency_id bigint      NOT NULL,
	decided_by          text        NOT NULL,
	decided_at          timestamptz NOT NULL,
	PRIMARY KEY (plan_id, subject, item_key)
);

-- One application (or rollback) of a plan. At most one runs per plan at a time.
CREATE TABLE reorg_run (
	id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	plan_id      bigint      NOT NULL REFERENCES reorg_plan (id),
	mode         text        NOT NULL CHECK (mode IN ('APPLY', 'ROLLBACK')),
	status       text        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
	phase        text        NOT NULL,
	started_at   timestamptz NOT NULL,
	started_by   text        NOT NULL,
	heartbeat_at timestamptz NOT NULL,
	finished_at  timestamptz,
	error        text
);
CREATE UNIQUE INDEX reorg_run_one_running ON reorg_run (plan_id) WHERE status = 'RUNNING';

-- Where a run stands per subject (dossier, grant, ...): the last item id handled, so a restart after a
-- crash (kill -9) resumes there; the counts feed the progress bar.
CREATE TABLE reorg_progress (
	run_id    bigint  NOT NULL REFERENCES reorg_run (id),
	subject   text    NOT NULL,
	cursor    bigint  NOT NULL DEFAULT 0,
	total     bigint  NOT NULL DEFAULT 0,
	moved     bigint  NOT NULL DEFAULT 0,
	undecided bigint  NOT NULL DEFAULT 0,
	done      boolean NOT NULL DEFAULT false,
	PRIMARY KEY (run_id, subject)
);

-- Every move made, written in the same transaction as the move itself: the verification counts it and
-- a rollback replays it backwards. reverted_run_id: the rollback that undid it.
CREATE TABLE reorg_move (
	id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	plan_id         bigint      NOT NULL REFERENCES reorg_plan (id),
	run_id          bigint      NOT NULL REFERENCES reorg_run (id),
	subject         text        NOT NULL,
	item_id         bigint      NOT NULL,
	item_key        text        NOT NULL,
	from_agency_id  bigint      NOT NULL,
	to_agency_id    bigint      NOT NULL,
	moved_at        timestamptz NOT NULL,
	reverted_run_id bigint REFERENCES reorg_run (id)
);
CREATE UNIQUE INDEX reorg_move_once ON reorg_move (plan_id, subject, item_id) WHERE reverted_run_id IS NULL;
CREATE INDEX reorg_move_run ON reorg_move (run_id, subject, from_agency_id);
CREATE INDEX reorg_move_key ON reorg_move (item_key);

-- Items the rules could not place (a split unit's dossier without a known village): the review queue.
CREATE TABLE reorg_undecided (
	plan_id       bigint      NOT NULL REFERENCES reorg_plan (id),
	subject       text        NOT NULL,
	item_id       bigint      NOT NULL,
	item_key      text        NOT NULL,
	old_agency_id bigint      NOT NULL,
	detail        text,
	recorded_at   timestamptz NOT NULL,
	PRIMARY KEY (plan_id, subject, item_id)
);

-- Counts per agency before and after a run, per subject: the verification report's numbers.
CREATE TABLE reorg_count (
	run_id    bigint NOT NULL REFERENCES reorg_run (id),
	phase     text   NOT NULL CHECK (phase IN ('BEFORE', 'AFTER')),
	subject   text   NOT NULL,
	agency_id bigint NOT NULL,
	count     bigint NOT NULL,
	PRIMARY KEY (run_id, phase, subject, agency_id)
);
