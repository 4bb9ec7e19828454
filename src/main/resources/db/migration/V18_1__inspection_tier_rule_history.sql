-- Every version of every tier rule: added, edited or removed by the system administrator (the
-- audit trail records the same changes; this table answers "which rules were in force when"
-- without parsing audit JSON). A removed rule leaves inspection_tier_rule but keeps its history;
-- rule_id is therefore not a foreign key.
CREATE TABLE inspection_tier_rule_history (
  id               BIGSERIAL PRIMARY KEY,
  rule_id          BIGINT NOT NULL,
  action           TEXT NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
  criterion        TEXT NOT NULL,
  criterion_value  TEXT NOT NULL,
  tier             TEXT NOT NULL,
  frequency_months INT NOT NULL,
  version          INT NOT NULL,
  changed_by       TEXT NOT NULL,
  changed_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX inspection_tier_rule_history_rule_idx
  ON inspection_tier_rule_history (rule_id, changed_at DESC);

-- The rules as they stand when history starts (the seeded defaults and any edits made so far).
INSERT INTO inspection_tier_rule_history (rule_id, action, criterion, criterion_value, tier,
                                          frequency_months, version, changed_by, changed_at)
SELECT id, 'CREATE', criterion, criterion_value, tier, frequency_months, version, updated_by,
       updated_at
FROM inspection_tier_rule;
