-- Telemetry storage. Readings (one row per channel value) are range-partitioned by day on the
-- reading's own timestamp; a scheduled job creates partitions ahead and drops those past the
-- retention. The default partition is a safety net for readings outside every partition (a job
-- that did not run, a device clock far in the past); the job moves such rows into the partition
-- it creates. Duplicate deliveries (QoS 1 is at-least-once) are stored once through the primary
-- key (device, channel, timestamp, sequence number).
CREATE TABLE monitoring_reading (
  device_id  BIGINT NOT NULL,
  channel    SMALLINT NOT NULL,
  ts         TIMESTAMPTZ NOT NULL,
  seq        BIGINT NOT NULL,
  value      DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (device_id, channel, ts, seq)
) PARTITION BY RANGE (ts);

CREATE TABLE monitoring_reading_default PARTITION OF monitoring_reading DEFAULT;

-- The newest reading of each channel (by the reading's timestamp, not arrival).
CREATE TABLE monitoring_latest (
  device_id    BIGINT NOT NULL,
  channel      SMALLINT NOT NULL,
  ts           TIMESTAMPTZ NOT NULL,
  seq          BIGINT NOT NULL,
  value        DOUBLE PRECISION NOT NULL,
  received_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (device_id, channel)
);

-- Hourly aggregates (UTC hours, which are also Asia/Shanghai hours), updated in the transaction
-- that stores the readings, so charts over days read ~24 rows a day instead of the raw series.
CREATE TABLE monitoring_hourly (
  device_id  BIGINT NOT NULL,
  channel    SMALLINT NOT NULL,
  hour       TIMESTAMPTZ NOT NULL,
  min_value  DOUBLE PRECISION NOT NULL,
  max_value  DOUBLE PRECISION NOT NULL,
  sum_value  DOUBLE PRECISION NOT NULL,
  count      BIGINT NOT NULL,
  PRIMARY KEY (device_id, channel, hour)
);

-- Messages refused by ingestion, with the reason and the start of the raw payload, so an admin
-- can see what a device sends wrong. They are acknowledged after this row commits (no loop).
CREATE TABLE monitoring_dead_letter (
  id            BIGSERIAL PRIMARY KEY,
  received_at   TIMESTAMPTZ NOT NULL,
  source        TEXT NOT NULL CHECK (source IN ('MQTT', 'HTTP')),
  device_code   TEXT,
  device_id     BIGINT,
  reason        TEXT NOT NULL,
  detail        TEXT,
  payload_size  INT NOT NULL,
  payload       TEXT
);
CREATE INDEX monitoring_dead_letter_received_idx ON monitoring_dead_letter (received_at DESC, id DESC);
CREATE INDEX monitoring_dead_letter_device_idx ON monitoring_dead_letter (device_code, received_at DESC);
