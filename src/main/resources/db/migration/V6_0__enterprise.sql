-- Enterprise registry, keyed by USCC (GB 32100-2015). Coordinates WGS-84; land area in m²
-- (shown in mu too: 1 mu = 10000/15 m²). grid_id is derived from the location at each write.
CREATE TABLE enterprise (
  id                    BIGSERIAL PRIMARY KEY,
  uscc                  TEXT NOT NULL UNIQUE,
  name                  TEXT NOT NULL,
  legal_representative  TEXT,
  contact_phone         TEXT,
  industry_code         TEXT NOT NULL,
  above_scale           BOOLEAN NOT NULL DEFAULT FALSE,
  town_code             TEXT NOT NULL,
  grid_id               BIGINT,
  address               TEXT,
  lon                   DOUBLE PRECISION,
  lat                   DOUBLE PRECISION,
  land_area_m2          NUMERIC(14, 2),
  employees             INT,
  synthetic             BOOLEAN NOT NULL DEFAULT FALSE,
  created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by            TEXT,
  updated_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_by            TEXT,
  version               INT NOT NULL DEFAULT 0
);
CREATE INDEX enterprise_town_idx ON enterprise (town_code, id);
CREATE INDEX enterprise_industry_idx ON enterprise (industry_code);
CREATE INDEX enterprise_grid_idx ON enterprise (grid_id);
CREATE INDEX enterprise_name_lower_idx ON enterprise (lower(name) text_pattern_ops);
