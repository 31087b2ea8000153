-- Deadline warnings (module dossiers). A warning is raised once per dossier, step, kind and deadline:
-- the unique key makes a second run, a second node or a restart raise nothing twice. A deadline that
-- moves (a supplement stops the clock) is a new deadline and may be warned about again.
CREATE TABLE dossier_alert (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	dossier_id bigint      NOT NULL REFERENCES dossier (id),
	-- the step's position, or -1 for the dossier's own appointment
	step       integer     NOT NULL CHECK (step >= -1),
	kind       text        NOT NULL CHECK (kind IN ('DUE_SOON', 'OVERDUE')),
	-- the deadline warned about, a local date-time in the working calendar's zone (as dossier.due_at)
	due_at     timestamp   NOT NULL,
	raised_at  timestamptz NOT NULL,
	UNIQUE (dossier_id, step, kind, due_at)
);

-- What an official is told: in the application (unread until marked read) and by email. The text is
-- rendered from kind, code, step and deadline when shown, in the reader's language.
CREATE TABLE notice (
	id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	recipient    text        NOT NULL,
	alert_id     bigint      NOT NULL REFERENCES dossier_alert (id),
	kind         text        NOT NULL,
	dossier_code text        NOT NULL,
	step_name    text,
	due_at       timestamp   NOT NULL,
	created_at   timestamptz NOT NULL,
	read_at      timestamptz,
	email        text,
	-- PENDING until the sender has tried; NO_ADDRESS: the official has no email; NOT_CONFIGURED: no mail
	-- server (spring.mail.host) is configured; FAILED: the server refused it (email_note says why)
	email_status text        NOT NULL CHECK (email_status IN ('PENDING', 'SENT', 'NO_ADDRESS', 'NOT_CONFIGURED', 'FAILED')),
	email_note   text,
	emailed_at   timestamptz,
	UNIQUE (alert_id, recipient)
);
CREATE INDEX notice_recipient ON notice (recipient, id DESC);
CREATE INDEX notice_recipient_unread ON notice (recipient) WHERE read_at IS NULL;
CREATE INDEX notice_email_pending ON notice (id) WHERE email_status = 'PENDING';

-- The deadline job's candidates: dossiers being processed whose appointment or step deadline is near.
CREATE INDEX dossier_in_process_due ON dossier (due_at) WHERE status IN ('RECEIVED', 'PROCESSING');
CREATE INDEX dossier_in_process_step_due ON dossier (step_due_at) WHERE status IN ('RECEIVED', 'PROCESSING');

-- Statistics per agency and period: dossiers received before the period's end and not completed
-- before its start (an index range on received_at per agency; the rest read from the index).
CREATE INDEX dossier_statistics ON dossier (agency_id, received_at)
	INCLUDE (completed_at, status, due_at, timeliness, procedure_version_id, paused_since);
CREATE INDEX dossier_completed ON dossier (completed_at) WHERE completed_at IS NOT NULL;
