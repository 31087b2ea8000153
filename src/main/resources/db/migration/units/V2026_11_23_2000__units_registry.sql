-- The dated registry of administrative units and its lineage. A row of units_unit is one version of
-- a code: the same code denotes different land before and after 2025-07-01, so history is kept as
-- versions whose validity periods never overlap for a (level, code).
CREATE TABLE units_unit
(
  id             BIGINT PRIMARY KEY,
  level          TEXT    NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
  code           TEXT    NOT NULL,
  type           TEXT    NOT NULL,
  type_code      TEXT    NOT NULL,
  name           TEXT    NOT NULL,
  full_name      TEXT    NOT NULL,
  name_en        TEXT,
  full_name_en   TEXT,
  parent_code    TEXT,
  province_code  TEXT    NOT NULL,
  -- Both ends inclusive; NULL = open (began before the data on record / still in force).
  valid_from     DATE,
  valid_to       DATE,
  validity       DATERANGE GENERATED ALWAYS AS (daterange(valid_from, valid_to, '[]')) STORED,
  from_supplement BOOLEAN NOT NULL DEFAULT FALSE,
  -- Search keys, computed in Java (unaccent does not fold đ): name folded to ASCII lower case, the full
  -- name (with its type) folded, and both with diacritics kept but tone marks in a canonical place.
  name_key       TEXT    NOT NULL,
  full_name_key  TEXT    NOT NULL,
  name_tone_key  TEXT    NOT NULL,
  full_tone_key  TEXT    NOT NULL,
  -- The folded name without spaces, for similarity: "daklak" finds Đắk Lắk, and the many one-letter
  -- word starts of Vietnamese names ("  h", " ho") no longer make every name look alike.
  compact_key    TEXT    NOT NULL,
  -- Folded names of the parent and province, for "Ba Đình, Hà Nội" style queries.
  context_key    TEXT    NOT NULL,
  -- (level, code) as one number, for the exclusion constraint below: the code_form check makes the
  -- code's length imply its level. GiST over integers is cheap to maintain; over text (btree_gist) it
  -- made a full load of the reference data four times slower.
  unit_key       INTEGER GENERATED ALWAYS AS (length(code) * 100000 + code::integer) STORED,
  CONSTRAINT units_unit_code_form CHECK (
    (level = 'PROVINCE' AND code ~ '^[0-9]{2}$') OR (level = 'DISTRICT' AND code ~ '^[0-9]{3}$')
      OR (level = 'COMMUNE' AND code ~ '^[0-9]{5}$')),
  CONSTRAINT units_unit_period CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
  -- Never two versions of one (level, code) in force on the same day.
  CONSTRAINT units_unit_no_overlap EXCLUDE USING gist (unit_key WITH =, validity WITH &&)
);

-- A code has at most a handful of versions, and a list at most a few thousand rows: plain B-trees find
-- them and the validity test filters the few rows found.
CREATE INDEX units_unit_by_code ON units_unit (level, code);
CREATE INDEX units_unit_by_province ON units_unit (level, province_code);
CREATE INDEX units_unit_by_parent ON units_unit (parent_code);
-- Name search. Exact and prefix matches (LIKE 'x%') through B-trees; similar names (pg_trgm %) through
-- a GIN trigram index on a column of its own, so that the planner never picks the trigram index for the
-- exact and prefix look-ups (measured: ten times slower than the B-tree for them).
CREATE INDEX units_unit_name_key ON units_unit (name_key text_pattern_ops);
CREATE INDEX units_unit_full_name_key ON units_unit (full_name_key text_pattern_ops);
CREATE INDEX units_unit_compact_trgm ON units_unit USING gin (compact_key gin_trgm_ops);

-- A recorded change: (part of) the territory of version from_id went to version to_id on
-- effective_date. Successor and predecessor look-ups walk these edges.
CREATE TABLE units_lineage
(
  from_id        BIGINT NOT NULL REFERENCES units_unit (id),
  to_id          BIGINT NOT NULL REFERENCES units_unit (id),
  relation       TEXT   NOT NULL CHECK (relation IN
                   ('UNCHANGED', 'FULL', 'PARTIAL', 'RENAMED', 'RETYPED', 'DISTRICT_TO_SPECIAL_ZONE')),
  effective_date DATE   NOT NULL,
  legal_basis    TEXT,
  note           TEXT,
  -- The reference file the edge comes from (e.g. ward_old_to_new.csv), for tracing a doubtful answer.
  source         TEXT   NOT NULL,
  PRIMARY KEY (from_id, to_id),
  CHECK (from_id <> to_id)
);
CREATE INDEX units_lineage_to ON units_lineage (to_id);

-- Which reference dataset is loaded: the loader skips an unchanged dataset and replaces a changed one
-- in one transaction.
CREATE TABLE units_dataset
(
  name      TEXT PRIMARY KEY,
  checksum  TEXT        NOT NULL,
  loaded_at TIMESTAMPTZ NOT NULL,
  summary   TEXT        NOT NULL
);
