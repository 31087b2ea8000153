-- Roles per agency and citizens' local accounts.
-- An account is an official's or a citizen's. A citizen's account carries the citizen's personal
-- identification number, the key by which an OpenID Connect login (VNeID) can later be linked to it.
ALTER TABLE identity_account
	ADD COLUMN kind       text NOT NULL DEFAULT 'OFFICIAL' CHECK (kind IN ('OFFICIAL', 'CITIZEN')),
	ADD COLUMN citizen_id text CHECK (citizen_id ~ '^[0-9]{12}$'),
	ADD CONSTRAINT identity_account_citizen_has_id CHECK (kind <> 'CITIZEN' OR citizen_id IS NOT NULL);

CREATE UNIQUE INDEX identity_account_citizen_id ON identity_account (citizen_id) WHERE citizen_id IS NOT NULL;

-- What an official may do, and where: a role for one agency (the registry's id, see the units module's
-- Agencies), or for the whole province when agency_id is null (only ADMIN).
CREATE TABLE identity_grant (
	username  text   NOT NULL REFERENCES identity_account (username) ON DELETE CASCADE,
	role      text   NOT NULL CHECK (role IN ('ADMIN', 'RECEIVER', 'SPECIALIST', 'LEADER')),
	agency_id bigint,
	CHECK (agency_id IS NOT NULL OR role = 'ADMIN')
);
CREATE UNIQUE INDEX identity_grant_unique ON identity_grant (username, role, coalesce(agency_id, -1));
