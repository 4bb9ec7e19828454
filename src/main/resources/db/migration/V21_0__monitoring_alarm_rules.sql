-- Alarm rules of the monitoring module (issue 4, must-have 5). A rule is data: its JSON body (the
-- shape of org.shuzhi.monitoring.internal.rules.AlarmRule) is validated by the application before
-- it is saved; code, scope, severity, name and enabled are copied out of it for listing and
-- indexing. version counts every change of the code, also across a delete and re-create.

CREATE TABLE monitoring_alarm_rule (
  code          TEXT PRIMARY KEY,
  version       INT NOT NULL CHECK (version >= 1),
  enabled       BOOLEAN NOT NULL,
  scope_kind    TEXT,
  scope_device  TEXT,
  severity      TEXT NOT NULL CHECK (severity IN ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
  name          TEXT NOT NULL,
  body          JSONB NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL,
  created_by    TEXT NOT NULL,
  updated_at    TIMESTAMPTZ NOT NULL,
  updated_by    TEXT NOT NULL,
  CHECK ((scope_kind IS NULL) <> (scope_device IS NULL))
);
CREATE INDEX monitoring_alarm_rule_kind_idx ON monitoring_alarm_rule (scope_kind)
  WHERE scope_kind IS NOT NULL;
CREATE INDEX monitoring_alarm_rule_device_idx ON monitoring_alarm_rule (scope_device)
  WHERE scope_device IS NOT NULL;

-- Every change, kept after the rule is deleted: the body after the change (null for a delete).
CREATE TABLE monitoring_alarm_rule_history (
  code        TEXT NOT NULL,
  version     INT NOT NULL,
  change      TEXT NOT NULL CHECK (change IN ('CREATE', 'UPDATE', 'DELETE')),
  via_import  BOOLEAN NOT NULL DEFAULT FALSE,
  enabled     BOOLEAN,
  body        JSONB,
  changed_at  TIMESTAMPTZ NOT NULL,
  changed_by  TEXT NOT NULL,
  PRIMARY KEY (code, version)
);

-- National defaults (domain notes §5), to be confirmed by the client:
--   FLOOD      水利部 水情预警信号 from each station's warning / guarantee / historical levels; BLUE
--              ("approaching the warning level") from 0.3 m below it — the notes give no figure;
--   RAINSTORM  中国气象局 暴雨预警信号 from observed 12 h / 6 h / 3 h rainfall.
INSERT INTO monitoring_alarm_rule
  (code, version, enabled, scope_kind, severity, name, body, created_at, created_by, updated_at,
   updated_by)
VALUES
  ('FLOOD', 1, TRUE, 'WATER_LEVEL', 'BLUE', '洪水预警（水位站）',
   '{"code": "FLOOD", "name": "洪水预警（水位站）", "scope": {"deviceKind": "WATER_LEVEL"},
     "severity": "BLUE", "clearDelay": "PT10M", "enabled": true,
     "condition": {"type": "floodLevel", "channel": "water_level", "approach": 0.3}}',
   now(), 'system', now(), 'system'),
  ('RAINSTORM', 1, TRUE, 'RAINFALL', 'BLUE', '暴雨预警（雨量站）',
   '{"code": "RAINSTORM", "name": "暴雨预警（雨量站）", "scope": {"deviceKind": "RAINFALL"},
     "severity": "BLUE", "clearDelay": "PT0S", "enabled": true,
     "condition": {"type": "rainstorm", "channel": "rainfall", "steps": [
       {"window": "PT12H", "millimetres": 50.0, "colour": "BLUE"},
       {"window": "PT6H", "millimetres": 50.0, "colour": "YELLOW"},
       {"window": "PT3H", "millimetres": 50.0, "colour": "ORANGE"},
       {"window": "PT3H", "millimetres": 100.0, "colour": "RED"}]}}',
   now(), 'system', now(), 'system');
INSERT INTO monitoring_alarm_rule_history (code, version, change, enabled, body, changed_at, changed_by)
SELECT code, version, 'CREATE', enabled, body, created_at, created_by FROM monitoring_alarm_rule;
