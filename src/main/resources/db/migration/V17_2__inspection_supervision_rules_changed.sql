-- A change of the tier rules now refreshes every enterprise's supervision at once (cause
-- RULES_CHANGED) instead of at the next monthly plan.
ALTER TABLE inspection_supervision_change DROP CONSTRAINT inspection_supervision_change_cause_check;
ALTER TABLE inspection_supervision_change
  ADD CONSTRAINT inspection_supervision_change_cause_check
  CHECK (cause IN ('PLAN', 'RISK_CHANGED', 'RULES_CHANGED'));
