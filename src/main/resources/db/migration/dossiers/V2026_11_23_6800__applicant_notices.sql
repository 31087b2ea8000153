-- Notices to applicants (module dossiers): when their dossier needs a supplement, is refused or not
-- accepted, runs late (the apology of form 04 with its new appointment) or has its result ready, the
-- citizen account that submitted it is told in the application, and by email when the account has an
-- address. Such a notice comes from a processing action, not from a deadline alert: no alert, and a
-- deadline only for the apology (the new appointment). The note is the official's text (what to supply,
-- the reasons), shown escaped like every user text.
ALTER TABLE notice ALTER COLUMN alert_id DROP NOT NULL;
ALTER TABLE notice ALTER COLUMN due_at DROP NOT NULL;
ALTER TABLE notice ADD COLUMN note text;
-- Every notice comes either from a deadline alert (officials) or from an action on the dossier (applicants).
ALTER TABLE notice ADD CONSTRAINT notice_origin CHECK (
	(alert_id IS NOT NULL AND kind IN ('DUE_SOON', 'OVERDUE') AND due_at IS NOT NULL)
	OR (alert_id IS NULL AND kind IN ('SUPPLEMENT_REQUESTED', 'REFUSED', 'NOT_ACCEPTED', 'APOLOGIZED', 'RESULT_READY')));
