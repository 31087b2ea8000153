-- An official's work email, where deadline warnings and other notices are sent. Optional: an official
-- without one still sees the in-app notices.
ALTER TABLE identity_account
	ADD COLUMN email text CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$');

-- Who holds a role at an agency ("the specialists of commune X"), asked by the dossiers' deadline job.
CREATE INDEX identity_grant_agency_role ON identity_grant (agency_id, role);
