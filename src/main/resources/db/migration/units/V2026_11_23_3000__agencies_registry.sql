-- Agencies (People's Committees, departments, Public Administration Centres...) of the administrative
-- units, dated like the units they belong to. An agency names its unit by (level, code) and lies within
-- one version of it; it does not point at a units_unit row, because the units loader may replace the
-- versions when the reference data changes. Electronic identification codes (Decision 20/2020/QĐ-TTg)
-- come only from a province's published list, imported by an administrator, and are never reused:
-- an old agency's code stays resolvable for old documents.
CREATE TABLE units_agency
(
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Decision 20/2020/QĐ-TTg, Article 4(1): at most 35 characters, dot, digits and capitals. The full
  -- rules (level-1 group, QCVN 102:2016 form) are checked by org.thongsuot.units.AgencyCode. A code
  -- denotes one agency at a time; it may pass to the agency that continues it (a merged province named
  -- like one of its parts keeps that part's code: Decision 09/2025/QĐ-TTg), never to another one.
  code        TEXT CHECK (code ~ '^[0-9A-Z]+(\.[0-9A-Z]+)*$' AND length(code) <= 35),
  name        TEXT NOT NULL CHECK (name <> ''),
  name_en     TEXT,
  unit_level  TEXT NOT NULL CHECK (unit_level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
  unit_code   TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('PEOPLES_COMMITTEE', 'DEPARTMENT', 'PUBLIC_ADMINISTRATION_CENTRE', 'OTHER')),
  parent_id   BIGINT REFERENCES units_agency (id),
  -- Both ends inclusive; NULL = open (began before the data on record / still in force), as for units.
  valid_from  DATE,
  valid_to    DATE,
  validity    DATERANGE GENERATED ALWAYS AS (daterange(valid_from, valid_to, '[]')) STORED,
  -- The unit as one number (level digit, then the code), so the exclusion constraint below compares
  -- integers: on text columns it made creating the 14,000 committees several times slower.
  unit_key    BIGINT GENERATED ALWAYS AS (
                (CASE unit_level WHEN 'PROVINCE' THEN 1 WHEN 'DISTRICT' THEN 2 ELSE 3 END) * 1000000
                  + unit_code::int) STORED,
  -- REGISTRY: created from the unit registry (People's Committees); IMPORT: created by a code list import.
  origin      TEXT NOT NULL CHECK (origin IN ('REGISTRY', 'IMPORT')),
  -- The name folded for search (diacritics, đ, case gone), computed in Java like the units' keys.
  name_key    TEXT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT units_agency_unit_code_form CHECK (
    (unit_level = 'PROVINCE' AND unit_code ~ '^[0-9]{2}$') OR (unit_level = 'DISTRICT' AND unit_code ~ '^[0-9]{3}$')
      OR (unit_level = 'COMMUNE' AND unit_code ~ '^[0-9]{5}$')),
  CONSTRAINT units_agency_period CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
  CONSTRAINT units_agency_not_own_parent CHECK (parent_id <> id),
  -- One People's Committee per unit at any time.
  CONSTRAINT units_agency_one_committee EXCLUDE USING gist (unit_key WITH =, validity WITH &&)
    WHERE (kind = 'PEOPLES_COMMITTEE'),
  -- One agency per code at any time.
  CONSTRAINT units_agency_one_holder EXCLUDE USING gist (code WITH =, validity WITH &&) WHERE (code IS NOT NULL)
);

CREATE INDEX units_agency_by_unit ON units_agency (unit_level, unit_code);
CREATE INDEX units_agency_by_code ON units_agency (code) WHERE code IS NOT NULL;
CREATE INDEX units_agency_by_parent ON units_agency (parent_id);
CREATE INDEX units_agency_name_trgm ON units_agency USING gin (name_key gin_trgm_ops);

-- Each accepted import of a code list: who, when, what it did. A refused file leaves no row.
CREATE TABLE units_agency_import
(
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  imported_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  imported_by  TEXT        NOT NULL,
  file_name    TEXT,
  sha256       TEXT        NOT NULL,
  rows         INT         NOT NULL,
  assigned     INT         NOT NULL,
  created      INT         NOT NULL,
  updated      INT         NOT NULL,
  unchanged    INT         NOT NULL
);
