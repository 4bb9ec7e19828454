-- Monitoring (一码监测): flood stations, devices and their channels. Coordinates WGS-84; town and grid
-- are derived from the location at each write and carry the data scope. A device watches one
-- object: a risk object or a major-hazard storage/production unit (ids of the risk module, checked
-- through its API when saved, names copied for lists) or a flood station of this module.

CREATE TABLE monitoring_flood_station (
  id               BIGSERIAL PRIMARY KEY,
  code             TEXT NOT NULL UNIQUE,
  name             TEXT NOT NULL,
  river            TEXT,
  lon              DOUBLE PRECISION NOT NULL,
  lat              DOUBLE PRECISION NOT NULL,
  town_code        TEXT NOT NULL,
  grid_id          BIGINT,
  -- Water levels in metres (水位, m); 警戒 ≤ 保证, and the historical maximum when known.
  warning_level    NUMERIC(8, 2) NOT NULL,
  guarantee_level  NUMERIC(8, 2) NOT NULL,
  historical_max   NUMERIC(8, 2),
  synthetic        BOOLEAN NOT NULL DEFAULT FALSE,
  created_at       TIMESTAMPTZ NOT NULL,
  created_by       TEXT,
  updated_at       TIMESTAMPTZ NOT NULL,
  updated_by       TEXT,
  version          INT NOT NULL DEFAULT 0,
  CHECK (guarantee_level >= warning_level)
);
CREATE INDEX monitoring_flood_station_town_idx ON monitoring_flood_station (town_code, id);

CREATE TABLE monitoring_device (
  id               BIGSERIAL PRIMARY KEY,
  -- The code is the MQTT user name and the last topic level: letters, digits, '-', '_', '.'.
  code             TEXT NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
  name             TEXT NOT NULL,
  kind             TEXT NOT NULL,
  target_kind      TEXT NOT NULL CHECK (target_kind IN ('RISK_OBJECT', 'MAJOR_HAZARD_UNIT', 'FLOOD_STATION')),
  target_id        BIGINT NOT NULL,
  target_name      TEXT NOT NULL,
  enterprise_uscc  TEXT,
  lon              DOUBLE PRECISION NOT NULL,
  lat              DOUBLE PRECISION NOT NULL,
  town_code        TEXT NOT NULL,
  grid_id          BIGINT,
  -- SHA-256 of the device token; the token itself is shown once when issued and never stored.
  token_hash       TEXT NOT NULL,
  enabled          BOOLEAN NOT NULL DEFAULT TRUE,
  -- Number the next new channel gets (numbers of removed channels are never reused).
  next_channel     SMALLINT NOT NULL DEFAULT 1,
  synthetic        BOOLEAN NOT NULL DEFAULT FALSE,
  created_at       TIMESTAMPTZ NOT NULL,
  created_by       TEXT,
  updated_at       TIMESTAMPTZ NOT NULL,
  updated_by       TEXT,
  version          INT NOT NULL DEFAULT 0
);
CREATE INDEX monitoring_device_town_idx ON monitoring_device (town_code, id);
CREATE INDEX monitoring_device_target_idx ON monitoring_device (target_kind, target_id);
CREATE INDEX monitoring_device_uscc_idx ON monitoring_device (enterprise_uscc);

-- Channels (测点) of a device. Readings refer to a channel by its number, which never changes
-- while the channel exists (rows stay narrow); a removed channel's number is not reused.
CREATE TABLE monitoring_channel (
  device_id  BIGINT NOT NULL REFERENCES monitoring_device (id) ON DELETE CASCADE,
  no         SMALLINT NOT NULL CHECK (no > 0),
  name       TEXT NOT NULL CHECK (name ~ '^[A-Za-z][A-Za-z0-9_]{0,31}$'),
  unit       TEXT NOT NULL,
  PRIMARY KEY (device_id, no),
  UNIQUE (device_id, name)
);
