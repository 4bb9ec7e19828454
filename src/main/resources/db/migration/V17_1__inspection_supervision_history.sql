-- Every change of an enterprise's supervision (分级监管: tier and inspection interval), with what
-- caused it: the refresh run by the monthly plan (PLAN) or a change of the enterprise's risk colour
-- or major-hazard level (RISK_CHANGED, within seconds of the change). from_tier NULL: the
-- enterprise came under planned supervision; to_tier NULL: it left it. risk_colour and major_level
-- are the inputs that gave the new supervision. Append-only history; changes caused by a risk
-- change are also in the audit trail one by one, a plan refresh as one entry with its count.
CREATE TABLE inspection_supervision_change (
  id               BIGSERIAL PRIMARY KEY,
  enterprise_uscc  TEXT NOT NULL,
  town_code        TEXT,
  from_tier        TEXT CHECK (from_tier IN ('TIER_1', 'TIER_2', 'TIER_3', 'TIER_4')),
  from_frequency   INT,
  to_tier          TEXT CHECK (to_tier IN ('TIER_1', 'TIER_2', 'TIER_3', 'TIER_4')),
  to_frequency     INT,
  risk_colour      TEXT,
  major_level      TEXT,
  cause            TEXT NOT NULL CHECK (cause IN ('PLAN', 'RISK_CHANGED')),
  changed_at       TIMESTAMPTZ NOT NULL,
  CHECK (from_tier IS NOT NULL OR to_tier IS NOT NULL),
  CHECK ((from_tier IS NULL) = (from_frequency IS NULL)),
  CHECK ((to_tier IS NULL) = (to_frequency IS NULL))
);
CREATE INDEX inspection_supervision_change_uscc_idx
  ON inspection_supervision_change (enterprise_uscc, changed_at DESC);

-- Rows are now written only when they change (the refresh compares before writing), so
-- refreshed_at is the time the row last changed.
COMMENT ON COLUMN inspection_supervision.refreshed_at IS 'when the row last changed';
