-- The seeded FLOOD rule named the proposed channel "water_level"; the device registry's water-level
-- devices report "level" (DeviceKind.WATER_LEVEL). Rename it as a new version, with its history row.
UPDATE monitoring_alarm_rule
   SET body = jsonb_set(body, '{condition,channel}', '"level"'),
       version = version + 1,
       updated_at = now(),
       updated_by = 'system'
 WHERE code = 'FLOOD' AND body #>> '{condition,channel}' = 'water_level';

INSERT INTO monitoring_alarm_rule_history (code, version, change, enabled, body, changed_at, changed_by)
SELECT code, version, 'UPDATE', enabled, body, updated_at, updated_by
  FROM monitoring_alarm_rule
 WHERE code = 'FLOOD' AND updated_by = 'system' AND body #>> '{condition,channel}' = 'level'
ON CONFLICT DO NOTHING;
