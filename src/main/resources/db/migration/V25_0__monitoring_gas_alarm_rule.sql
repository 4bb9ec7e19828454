-- A national default for combustible gas detectors, to be confirmed by the client: GB/T 50493-2019
-- (石油化工可燃气体和有毒气体检测报警设计标准) sets the first alarm at ≤ 25 %LEL and the second at
-- ≤ 50 %LEL; the usual set points 20 / 40 %LEL are used. Toxic gas limits depend on the substance
-- (GBZ 2.1 occupational exposure limits) and are left to per-device rules.
INSERT INTO monitoring_alarm_rule
  (code, version, enabled, scope_kind, severity, name, body, created_at, created_by, updated_at,
   updated_by)
VALUES
  ('GAS_LEL', 1, TRUE, 'COMBUSTIBLE_GAS', 'ORANGE', '可燃气体浓度报警',
   '{"code": "GAS_LEL", "name": "可燃气体浓度报警", "scope": {"deviceKind": "COMBUSTIBLE_GAS"},
     "severity": "ORANGE", "clearDelay": "PT1M", "enabled": true,
     "condition": {"type": "threshold", "channel": "lel",
       "high": {"value": 20.0, "severity": "ORANGE"},
       "highHigh": {"value": 40.0, "severity": "RED"}}}',
   now(), 'system', now(), 'system')
ON CONFLICT (code) DO NOTHING;

INSERT INTO monitoring_alarm_rule_history (code, version, change, enabled, body, changed_at, changed_by)
SELECT code, version, 'CREATE', enabled, body, created_at, created_by FROM monitoring_alarm_rule
WHERE code = 'GAS_LEL' AND created_by = 'system'
ON CONFLICT DO NOTHING;
