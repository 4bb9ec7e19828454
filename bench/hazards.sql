-- :n open hazards (ASSIGNED / RECTIFYING, 1 in 10 MAJOR) on the demo's enterprises, round-robin,
-- with deadlines 1..120 days in the past (Asia/Shanghai), so about three quarters are due for the
-- bulletin (30 days), half for exposure (60) and a quarter for the warning interview (90).
-- Used by bench/hazard-list.sh (psql -v n=100000 -f) and by EscalationBenchmark (JdbcClient :n).
INSERT INTO hazard (enterprise_uscc, enterprise_name, title, town_code, grid_id, source, grade,
  state, responsible_unit, deadline, supervised, found_by, found_at, synthetic, updated_at)
SELECT e.uscc, e.name, '基准隐患 ' || g, e.town_code, e.grid_id,
  (ARRAY['INSPECTION', 'GRID_REPORT', 'SELF_CHECK', 'PUBLIC'])[1 + g % 4],
  CASE WHEN g % 10 = 0 THEN 'MAJOR' ELSE 'GENERAL' END,
  CASE WHEN g % 2 = 0 THEN 'ASSIGNED' ELSE 'RECTIFYING' END,
  '设备部', (now() AT TIME ZONE 'Asia/Shanghai')::date - (1 + g % 120), FALSE, 'bench',
  now() - interval '150 days', TRUE, now()
FROM generate_series(1, :n) AS g
JOIN (SELECT uscc, name, town_code, grid_id, row_number() OVER (ORDER BY id) - 1 AS k
      FROM enterprise) AS e
  ON e.k = g % (SELECT count(*) FROM enterprise);
ANALYZE hazard;
