-- An id per grant, so that the cut-over (module reorg) can page through the grants of ended agencies and
-- log each move of one.
ALTER TABLE identity_grant ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE identity_grant ADD CONSTRAINT identity_grant_pk PRIMARY KEY (id);
CREATE INDEX identity_grant_agency ON identity_grant (agency_id, id);
