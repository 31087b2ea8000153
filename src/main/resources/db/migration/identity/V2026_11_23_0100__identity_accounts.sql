-- Officials' accounts. Passwords are stored as Spring Security's self-describing hashes
-- ({bcrypt}...), so the algorithm can be upgraded account by account.
CREATE TABLE identity_account (
	username      text PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
	password_hash text        NOT NULL,
	display_name  text        NOT NULL,
	roles         text[]      NOT NULL DEFAULT '{}',
	enabled       boolean     NOT NULL DEFAULT true,
	created_at    timestamptz NOT NULL DEFAULT now()
);
