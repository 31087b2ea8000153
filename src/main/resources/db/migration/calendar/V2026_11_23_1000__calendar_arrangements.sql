-- The yearly arrangement of holidays (lịch nghỉ lễ, Tết hằng năm) an administrator maintains. The
-- statutory holidays themselves are computed (Labour Code 2019, art. 112); an arrangement of one
-- occasion of one year replaces the computed default days of that occasion as a whole.
CREATE TABLE calendar_arrangement
(
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  year            INT          NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  occasion        VARCHAR(32)  NOT NULL CHECK (occasion IN ('NEW_YEAR', 'LUNAR_NEW_YEAR', 'HUNG_KINGS',
                                                            'REUNIFICATION_AND_LABOUR', 'NATIONAL_DAY', 'OTHER')),
  source_document VARCHAR(300) NOT NULL CHECK (length(trim(source_document)) > 0),
  source_issuer   VARCHAR(300) NOT NULL,
  source_date     DATE,
  source_note     TEXT,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- One arrangement per occasion and year; OTHER (an extra day off, a one-off swap) may repeat.
CREATE UNIQUE INDEX calendar_arrangement_one_per_occasion ON calendar_arrangement (year, occasion)
  WHERE occasion <> 'OTHER';

CREATE TABLE calendar_arrangement_day
(
  arrangement_id BIGINT       NOT NULL REFERENCES calendar_arrangement (id) ON DELETE CASCADE,
  day            DATE         NOT NULL,
  kind           VARCHAR(16)  NOT NULL CHECK (kind IN ('HOLIDAY', 'DAY_OFF', 'WORKING_DAY', 'DAY_IN_LIEU')),
  name_vi        VARCHAR(300) NOT NULL,
  name_en        VARCHAR(300) NOT NULL,
  PRIMARY KEY (arrangement_id, day)
);

-- A date is arranged by one arrangement at most.
CREATE UNIQUE INDEX calendar_arrangement_day_once ON calendar_arrangement_day (day);

-- Bumped by every change, so each node notices edits made on another and drops its cached years.
CREATE TABLE calendar_revision
(
  id       INT    PRIMARY KEY CHECK (id = 1),
  revision BIGINT NOT NULL
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 0);
