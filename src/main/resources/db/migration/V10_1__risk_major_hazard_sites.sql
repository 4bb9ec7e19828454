-- Major hazard installations (GB 18218-2018): a site of an enterprise with its production and
-- storage units (§3.4/§3.5) and the maximum quantity of each substance in each unit.
-- town_code is copied from the enterprise registry at each write: it carries the data scope of town
-- staff, and lets the list filter by town without reaching into another module's table.
-- s, r and level are the results of the last calculation, kept for lists, filters and the map;
-- the detail page recomputes them from the active catalogue.
CREATE TABLE risk_mh_site (
  id                 BIGSERIAL PRIMARY KEY,
  uscc               TEXT NOT NULL,
  name               TEXT NOT NULL,
  town_code          TEXT NOT NULL,
  exposed_population INT NOT NULL CHECK (exposed_population >= 0),
  level              TEXT CHECK (level IN ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4')),
  synthetic          BOOLEAN NOT NULL DEFAULT FALSE,
  created_at         TIMESTAMPTZ NOT NULL,
  created_by         TEXT,
  updated_at         TIMESTAMPTZ NOT NULL,
  updated_by         TEXT,
  version            INT NOT NULL DEFAULT 0
);
CREATE INDEX risk_mh_site_town_idx ON risk_mh_site (town_code, id);
CREATE INDEX risk_mh_site_uscc_idx ON risk_mh_site (uscc);
CREATE INDEX risk_mh_site_level_idx ON risk_mh_site (level);

CREATE TABLE risk_mh_unit (
  id       BIGSERIAL PRIMARY KEY,
  site_id  BIGINT NOT NULL REFERENCES risk_mh_site (id) ON DELETE CASCADE,
  position INT NOT NULL,
  name     TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('PRODUCTION', 'STORAGE')),
  s        NUMERIC(20, 6),
  r        NUMERIC(20, 6),
  level    TEXT CHECK (level IN ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4'))
);
CREATE INDEX risk_mh_unit_site_idx ON risk_mh_unit (site_id, position);

CREATE TABLE risk_mh_substance (
  id              BIGSERIAL PRIMARY KEY,
  unit_id         BIGINT NOT NULL REFERENCES risk_mh_unit (id) ON DELETE CASCADE,
  position        INT NOT NULL,
  cas             TEXT,
  category_codes  TEXT,
  quantity_t      NUMERIC(20, 3) NOT NULL CHECK (quantity_t > 0),
  CHECK (cas IS NOT NULL OR category_codes IS NOT NULL)
);
CREATE INDEX risk_mh_substance_unit_idx ON risk_mh_substance (unit_id, position);
