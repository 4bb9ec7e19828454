-- Incidents (突发事件, issue 5 must-have 3) and the one-click response (must-have 4).
-- Locations are WGS-84; town_code is the NBS 9-digit town the point lies in (the data-scope column).

-- Alarms as monitoring announced them (AlarmRaised / AlarmCleared events): the command module keeps
-- its own copy so that an incident can be opened from an alarm without reading monitoring's tables.
CREATE TABLE command_alarm (
  alarm_id        BIGINT PRIMARY KEY,
  rule_code       TEXT NOT NULL,
  device_code     TEXT NOT NULL,
  town_code       TEXT,
  enterprise_uscc TEXT,
  severity        TEXT NOT NULL,
  value           DOUBLE PRECISION NOT NULL,
  raised_at       TIMESTAMPTZ NOT NULL,
  cleared_at      TIMESTAMPTZ
);
CREATE INDEX command_alarm_active_idx ON command_alarm (raised_at DESC) WHERE cleared_at IS NULL;

CREATE TABLE command_incident (
  id               BIGSERIAL PRIMARY KEY,
  incident_type    TEXT NOT NULL,
  title            TEXT NOT NULL,
  description      TEXT,
  level            TEXT NOT NULL CHECK (level IN ('LEVEL_I', 'LEVEL_II', 'LEVEL_III', 'LEVEL_IV')),
  status           TEXT NOT NULL CHECK (status IN ('REPORTED', 'RESPONDING', 'UNDER_CONTROL', 'CLOSED')),
  lon              DOUBLE PRECISION NOT NULL,
  lat              DOUBLE PRECISION NOT NULL,
  town_code        TEXT NOT NULL,
  deaths           INT NOT NULL DEFAULT 0 CHECK (deaths >= 0),
  missing          INT NOT NULL DEFAULT 0 CHECK (missing >= 0),
  injuries         INT NOT NULL DEFAULT 0 CHECK (injuries >= 0),
  people_affected  INT NOT NULL DEFAULT 0 CHECK (people_affected >= 0),
  -- Affected area: a circle (radius around lon/lat) or a polygon (GeoJSON geometry), or none.
  area_kind        TEXT CHECK (area_kind IN ('CIRCLE', 'POLYGON')),
  area_radius_m    INT,
  area_geojson     TEXT,
  alarm_id         BIGINT UNIQUE,
  alarm_severity   TEXT,
  device_code      TEXT,
  enterprise_uscc  TEXT,
  -- After-action review (复盘), required to close.
  review_summary   TEXT,
  review_cause     TEXT,
  review_lessons   TEXT,
  synthetic        BOOLEAN NOT NULL DEFAULT FALSE,
  version          INT NOT NULL DEFAULT 1,
  reported_at      TIMESTAMPTZ NOT NULL,
  reported_by      TEXT NOT NULL,
  closed_at        TIMESTAMPTZ,
  closed_by        TEXT,
  updated_at       TIMESTAMPTZ NOT NULL,
  updated_by       TEXT NOT NULL,
  CHECK ((area_kind = 'CIRCLE') = (area_radius_m IS NOT NULL)),
  CHECK ((area_kind = 'POLYGON') = (area_geojson IS NOT NULL)),
  CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
CREATE INDEX command_incident_town_idx ON command_incident (town_code);
CREATE INDEX command_incident_open_idx ON command_incident (level) WHERE status <> 'CLOSED';

-- The timeline (时间线) of an incident: append-only. Every action, message, dispatch, level change
-- and task update with its actor and time. The trigger refuses UPDATE and DELETE.
CREATE TABLE command_incident_event (
  id           BIGSERIAL PRIMARY KEY,
  incident_id  BIGINT NOT NULL REFERENCES command_incident (id),
  kind         TEXT NOT NULL,
  message      TEXT NOT NULL,
  detail       JSONB,
  at           TIMESTAMPTZ NOT NULL,
  actor        TEXT NOT NULL
);
CREATE INDEX command_incident_event_idx ON command_incident_event (incident_id, id);

CREATE FUNCTION command_incident_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'command_incident_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER command_incident_event_no_change
  BEFORE UPDATE OR DELETE ON command_incident_event
  FOR EACH ROW EXECUTE FUNCTION command_incident_event_append_only();

-- Tasks of the plan's checklist started for an incident, tracked to done.
CREATE TABLE command_incident_task (
  id           BIGSERIAL PRIMARY KEY,
  incident_id  BIGINT NOT NULL REFERENCES command_incident (id),
  assignee     TEXT NOT NULL,
  title        TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
  created_at   TIMESTAMPTZ NOT NULL,
  updated_at   TIMESTAMPTZ NOT NULL,
  updated_by   TEXT NOT NULL
);
CREATE INDEX command_incident_task_idx ON command_incident_task (incident_id);

-- Confirmed one-click responses, by the proposal's token: a second confirm finds the row and
-- returns the first result instead of doing the work again.
CREATE TABLE command_response (
  token         TEXT PRIMARY KEY,
  incident_id   BIGINT NOT NULL REFERENCES command_incident (id),
  result        JSONB,
  confirmed_at  TIMESTAMPTZ NOT NULL,
  confirmed_by  TEXT NOT NULL
);
