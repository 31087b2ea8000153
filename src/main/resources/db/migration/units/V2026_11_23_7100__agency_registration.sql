-- Agencies added by hand through Agencies.register (a Public Administration Centre, a department, before
-- or without a province's code list): origin REGISTERED. Their code may be NULL (none yet: dossiers they
-- receive carry the provisional prefix X<id>), as for the committees created from the unit registry.
ALTER TABLE units_agency DROP CONSTRAINT units_agency_origin_check;
ALTER TABLE units_agency ADD CONSTRAINT units_agency_origin_check
  CHECK (origin IN ('REGISTRY', 'IMPORT', 'REGISTERED'));

-- Registration refuses a second agency of the same kind and folded name in the same unit for an
-- overlapping period; this index serves that look-up.
CREATE INDEX units_agency_by_unit_kind_name ON units_agency (unit_level, unit_code, kind, name_key);
