-- Alarms of the monitoring module (issue 4, must-have 6): one row per alarm, raised by the rule
-- evaluator for a (rule, device); lifecycle RAISED -> ACKNOWLEDGED -> CLEARED -> CLOSED (a RAISED
-- alarm may clear before anyone acknowledged it). At most one alarm per (rule, device) is active
-- (RAISED or ACKNOWLEDGED); repeats update it. Device code, name, town and enterprise are copied at
-- raise time, so an alarm reads the same after the device moved or left.

CREATE TABLE monitoring_alarm (
  id                 BIGSERIAL PRIMARY KEY,
  rule_code          TEXT NOT NULL,
  device_id          BIGINT NOT NULL,
  device_code        TEXT NOT NULL,
  device_name        TEXT NOT NULL,
  town_code          TEXT,
  grid_id            BIGINT,
  enterprise_uscc    TEXT,
  state              TEXT NOT NULL CHECK (state IN ('RAISED', 'ACKNOWLEDGED', 'CLEARED', 'CLOSED')),
  severity           TEXT NOT NULL CHECK (severity IN ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
  raised_at          TIMESTAMPTZ NOT NULL,
  first_value        DOUBLE PRECISION NOT NULL,
  last_value         DOUBLE PRECISION NOT NULL,
  last_at            TIMESTAMPTZ NOT NULL,
  repeats            INT NOT NULL DEFAULT 0,
  reason             JSONB NOT NULL,
  acknowledged_by    TEXT,
  acknowledged_at    TIMESTAMPTZ,
  ack_comment        TEXT,
  cleared_at         TIMESTAMPTZ,
  closed_by          TEXT,
  closed_at          TIMESTAMPTZ,
  close_comment      TEXT,
  escalation_level   INT NOT NULL DEFAULT 0,
  next_escalation_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX monitoring_alarm_active_uq ON monitoring_alarm (rule_code, device_code)
  WHERE state IN ('RAISED', 'ACKNOWLEDGED');
CREATE INDEX monitoring_alarm_state_idx ON monitoring_alarm (state, raised_at DESC);
CREATE INDEX monitoring_alarm_escalation_idx ON monitoring_alarm (next_escalation_at)
  WHERE state = 'RAISED';
CREATE INDEX monitoring_alarm_enterprise_idx ON monitoring_alarm (enterprise_uscc)
  WHERE state IN ('RAISED', 'ACKNOWLEDGED');

-- Every transition, append-only: RAISED, UPDATED (severity change), ACKNOWLEDGED, ESCALATED,
-- CLEARED, CLOSED. Repeats of the same severity only count on the alarm row.
CREATE TABLE monitoring_alarm_event (
  id         BIGSERIAL PRIMARY KEY,
  alarm_id   BIGINT NOT NULL REFERENCES monitoring_alarm (id),
  transition TEXT NOT NULL,
  at         TIMESTAMPTZ NOT NULL,
  actor      TEXT,
  severity   TEXT NOT NULL,
  value      DOUBLE PRECISION,
  comment    TEXT
);
CREATE INDEX monitoring_alarm_event_alarm_idx ON monitoring_alarm_event (alarm_id, id);
CREATE RULE monitoring_alarm_event_no_update AS ON UPDATE TO monitoring_alarm_event DO INSTEAD NOTHING;
CREATE RULE monitoring_alarm_event_no_delete AS ON DELETE TO monitoring_alarm_event DO INSTEAD NOTHING;
