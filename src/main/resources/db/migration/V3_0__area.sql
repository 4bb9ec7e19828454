-- Area module: the district, its towns (镇街), communities (村社) and grids (网格).
-- Boundaries are GeoJSON geometry text (RFC 7946, WGS-84 degrees); lookups run on in-memory
-- JTS indexes, so no PostGIS is needed.
CREATE TABLE area_district (
  code            VARCHAR(6) PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'), -- GB/T 2260
  name            TEXT NOT NULL,
  outline_geojson TEXT NOT NULL
);

CREATE TABLE area_town (
  code             VARCHAR(9) PRIMARY KEY CHECK (code ~ '^[0-9]{9}$'),   -- NBS 9-digit
  code12           VARCHAR(12) NOT NULL UNIQUE CHECK (code12 ~ '^[0-9]{12}$'),
  amap_code        VARCHAR(9),                                           -- Amap/Tencent town code
  district_code    VARCHAR(6) NOT NULL REFERENCES area_district (code),
  name             TEXT NOT NULL,
  kind             VARCHAR(16) NOT NULL CHECK (kind IN ('TOWN', 'SUBDISTRICT')),
  label_lon        DOUBLE PRECISION NOT NULL,
  label_lat        DOUBLE PRECISION NOT NULL,
  boundary_geojson TEXT NOT NULL,
  boundary_source  VARCHAR(16) NOT NULL CHECK (boundary_source IN ('APPROXIMATE', 'IMPORTED')),
  updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_by       TEXT NOT NULL
);

CREATE TABLE area_community (
  id               BIGSERIAL PRIMARY KEY,
  town_code        VARCHAR(9) NOT NULL REFERENCES area_town (code),
  name             TEXT NOT NULL,
  code             VARCHAR(32) UNIQUE,
  boundary_geojson TEXT,
  UNIQUE (town_code, name)
);

CREATE TABLE area_grid (
  id               BIGSERIAL PRIMARY KEY,
  community_id     BIGINT REFERENCES area_community (id),
  town_code        VARCHAR(9) NOT NULL REFERENCES area_town (code),
  code             VARCHAR(64) NOT NULL UNIQUE,
  name             TEXT NOT NULL,
  boundary_geojson TEXT NOT NULL
);
CREATE INDEX area_grid_town_idx ON area_grid (town_code);

CREATE TABLE area_grid_worker (
  grid_id  BIGINT NOT NULL REFERENCES area_grid (id) ON DELETE CASCADE,
  username VARCHAR(100) NOT NULL,
  PRIMARY KEY (grid_id, username)
);
CREATE INDEX area_grid_worker_username_idx ON area_grid_worker (username);
