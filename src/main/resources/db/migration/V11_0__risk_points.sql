-- Risk census (风险普查) and risk points graded by LEC / LS (风险分级管控, 双重预防).
-- Coordinates WGS-84. Colours RED/ORANGE/YELLOW/BLUE = 重大/较大/一般/低 (安委办〔2016〕11号).

CREATE TABLE risk_object (
  id               BIGSERIAL PRIMARY KEY,
  name             TEXT NOT NULL,
  kind             TEXT NOT NULL,
  enterprise_uscc  TEXT,
  address          TEXT,
  -- The effective location: the object's own, or its enterprise's when it has none
  -- (own_location tells which); town and grid are derived from it at each write.
  lon              DOUBLE PRECISION,
  lat              DOUBLE PRECISION,
  own_location     BOOLEAN NOT NULL DEFAULT FALSE,
  town_code        TEXT NOT NULL,
  grid_id          BIGINT,
  -- The highest current colour of its risk points; NULL while none is assessed.
  current_colour   TEXT CHECK (current_colour IN ('RED', 'ORANGE', 'YELLOW', 'BLUE')),
  synthetic        BOOLEAN NOT NULL DEFAULT FALSE,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by       TEXT,
  updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_by       TEXT,
  version          INT NOT NULL DEFAULT 0
);
CREATE INDEX risk_object_town_idx ON risk_object (town_code, id);
CREATE INDEX risk_object_grid_idx ON risk_object (grid_id);
CREATE INDEX risk_object_uscc_idx ON risk_object (enterprise_uscc);
CREATE INDEX risk_object_kind_idx ON risk_object (kind);

-- Responsible persons (责任人) of a risk object, in the order entered. Phones are shown masked.
CREATE TABLE risk_object_person (
  risk_object_id  BIGINT NOT NULL REFERENCES risk_object (id) ON DELETE CASCADE,
  ordinal         INT NOT NULL,
  name            TEXT NOT NULL,
  phone           TEXT,
  PRIMARY KEY (risk_object_id, ordinal)
);

-- A risk point (风险点) of a risk object; its current colour is that of its latest assessment.
CREATE TABLE risk_point (
  id                  BIGSERIAL PRIMARY KEY,
  risk_object_id      BIGINT NOT NULL REFERENCES risk_object (id),
  name                TEXT NOT NULL,
  hazard_description  TEXT,
  control_level       TEXT NOT NULL CHECK (control_level IN ('COMPANY', 'DEPARTMENT', 'TEAM', 'POST')),
  responsible_person  TEXT,
  current_colour      TEXT CHECK (current_colour IN ('RED', 'ORANGE', 'YELLOW', 'BLUE')),
  synthetic           BOOLEAN NOT NULL DEFAULT FALSE,
  created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by          TEXT,
  updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_by          TEXT
);
CREATE INDEX risk_point_object_idx ON risk_point (risk_object_id);

-- Every assessment of a risk point, append-only: method, inputs, result, colour and the band
-- version that gave the colour, so a score can be re-evaluated later against other bands.
CREATE TABLE risk_assessment (
  id             BIGSERIAL PRIMARY KEY,
  risk_point_id  BIGINT NOT NULL REFERENCES risk_point (id),
  method         TEXT NOT NULL CHECK (method IN ('LEC', 'LS')),
  l              NUMERIC(6, 2) NOT NULL,
  e              NUMERIC(6, 2),
  c              NUMERIC(6, 2),
  s              NUMERIC(6, 2),
  value          NUMERIC(12, 4) NOT NULL,
  colour         TEXT NOT NULL CHECK (colour IN ('RED', 'ORANGE', 'YELLOW', 'BLUE')),
  band_version   INT NOT NULL,
  assessor       TEXT NOT NULL,
  assessed_at    TIMESTAMPTZ NOT NULL,
  comment        TEXT,
  CHECK ((method = 'LEC' AND e IS NOT NULL AND c IS NOT NULL AND s IS NULL)
      OR (method = 'LS' AND s IS NOT NULL AND e IS NULL AND c IS NULL))
);
CREATE INDEX risk_assessment_point_idx ON risk_assessment (risk_point_id, assessed_at DESC, id DESC);

CREATE FUNCTION risk_assessment_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'risk_assessment is append-only'
    USING HINT = 'An assessment is history: add a new one instead of changing it.';
END;
$$;

CREATE TRIGGER risk_assessment_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON risk_assessment
  FOR EACH STATEMENT EXECUTE FUNCTION risk_assessment_refuse_change();

-- Colour bands per method, versioned reference data (the domain notes mark them [unsure]: local
-- standards differ, e.g. 山东 DB37/T 2882). A band gives the lower bound of RED, ORANGE and YELLOW;
-- BLUE is everything below YELLOW. An edit adds a new version; the highest version is current.
CREATE TABLE risk_band (
  method          TEXT NOT NULL CHECK (method IN ('LEC', 'LS')),
  version         INT NOT NULL,
  colour          TEXT NOT NULL CHECK (colour IN ('RED', 'ORANGE', 'YELLOW')),
  lower_bound     NUMERIC(12, 4) NOT NULL,
  lower_inclusive BOOLEAN NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by      TEXT NOT NULL,
  PRIMARY KEY (method, version, colour)
);

-- LEC defaults. The notes' table (D > 320, 160–320, 70–160, < 70) leaves the edges ambiguous;
-- we read each range as (lower, upper]: D > 320 RED, 160 < D ≤ 320 ORANGE, 70 < D ≤ 160 YELLOW,
-- D ≤ 70 BLUE — so exactly 320 is ORANGE, 160 YELLOW and 70 BLUE, matching the classic wording
-- "D > 320 极其危险" and "D ≤ 70 一般危险/稍有危险".
INSERT INTO risk_band (method, version, colour, lower_bound, lower_inclusive, created_by) VALUES
  ('LEC', 1, 'RED', 320, FALSE, 'system'),
  ('LEC', 1, 'ORANGE', 160, FALSE, 'system'),
  ('LEC', 1, 'YELLOW', 70, FALSE, 'system');

-- LS defaults (R = L × S, 1–25): 20–25 RED, 15–16 ORANGE, 9–12 YELLOW, 1–8 BLUE, i.e. inclusive
-- lower bounds 20, 15 and 9 (R is an integer product; 17–19 and 13–14 cannot occur).
INSERT INTO risk_band (method, version, colour, lower_bound, lower_inclusive, created_by) VALUES
  ('LS', 1, 'RED', 20, TRUE, 'system'),
  ('LS', 1, 'ORANGE', 15, TRUE, 'system'),
  ('LS', 1, 'YELLOW', 9, TRUE, 'system');
