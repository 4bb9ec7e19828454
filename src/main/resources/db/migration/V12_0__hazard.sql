-- Hazard investigation and rectification (隐患排查治理, 安监总局令第16号). A hazard belongs to an
-- enterprise (by USCC; its name is copied so lists and the public exposure page need no join) or to
-- a location only. town_code and grid_id are derived from the location and drive the data scope.
-- Overdue is not stored: it is "awaiting rectification and past the deadline", computed on read.
CREATE TABLE hazard (
  id                BIGSERIAL PRIMARY KEY,
  enterprise_uscc   TEXT,
  enterprise_name   TEXT,
  title             TEXT NOT NULL,
  description       TEXT,
  address           TEXT,
  lon               DOUBLE PRECISION,
  lat               DOUBLE PRECISION,
  town_code         TEXT NOT NULL,
  grid_id           BIGINT,
  source            TEXT NOT NULL CHECK (source IN ('INSPECTION', 'GRID_REPORT', 'SELF_CHECK', 'PUBLIC')),
  grade             TEXT CHECK (grade IN ('GENERAL', 'MAJOR')),
  state             TEXT NOT NULL CHECK (state IN ('REPORTED', 'GRADED', 'ASSIGNED', 'RECTIFYING',
                      'RECTIFIED', 'REINSPECTED_PASS', 'CLOSED')),
  responsible_unit  TEXT,
  deadline          DATE,
  supervised        BOOLEAN NOT NULL DEFAULT FALSE,
  found_by          TEXT NOT NULL,
  found_at          TIMESTAMPTZ NOT NULL,
  closed_at         TIMESTAMPTZ,
  synthetic         BOOLEAN NOT NULL DEFAULT FALSE,
  updated_at        TIMESTAMPTZ NOT NULL,
  version           INT NOT NULL DEFAULT 0,
  CHECK (supervised = FALSE OR grade = 'MAJOR')
);
CREATE INDEX hazard_town_idx ON hazard (town_code, id);
CREATE INDEX hazard_grid_idx ON hazard (grid_id, id);
CREATE INDEX hazard_enterprise_idx ON hazard (enterprise_uscc, id);
CREATE INDEX hazard_state_idx ON hazard (state, id);
-- The escalation job and the overdue filter only look at hazards awaiting rectification.
CREATE INDEX hazard_awaiting_deadline_idx ON hazard (deadline)
  WHERE state IN ('ASSIGNED', 'RECTIFYING');

-- Evidence photos; the file lives in the evidence store under storage_key (a generated name).
CREATE TABLE hazard_evidence (
  id             BIGSERIAL PRIMARY KEY,
  hazard_id      BIGINT NOT NULL REFERENCES hazard (id),
  storage_key    TEXT NOT NULL UNIQUE,
  content_type   TEXT NOT NULL,
  size_bytes     BIGINT NOT NULL,
  sha256         TEXT NOT NULL,
  uploaded_by    TEXT NOT NULL,
  uploaded_at    TIMESTAMPTZ NOT NULL,
  transition_id  BIGINT
);
CREATE INDEX hazard_evidence_hazard_idx ON hazard_evidence (hazard_id, id);

-- Every step of every hazard, append-only (the database refuses UPDATE, DELETE and TRUNCATE).
-- from_state is null for the report itself.
CREATE TABLE hazard_transition (
  id            BIGSERIAL PRIMARY KEY,
  hazard_id     BIGINT NOT NULL REFERENCES hazard (id),
  action        TEXT NOT NULL,
  from_state    TEXT,
  to_state      TEXT NOT NULL,
  actor         TEXT NOT NULL,
  actor_role    TEXT NOT NULL,
  occurred_at   TIMESTAMPTZ NOT NULL,
  comment       TEXT,
  grade         TEXT,
  responsible_unit TEXT,
  deadline      DATE,
  evidence_ids  BIGINT[] NOT NULL DEFAULT '{}'
);
CREATE INDEX hazard_transition_hazard_idx ON hazard_transition (hazard_id, id);

ALTER TABLE hazard_evidence
  ADD CONSTRAINT hazard_evidence_transition_fk FOREIGN KEY (transition_id) REFERENCES hazard_transition (id);

CREATE FUNCTION hazard_transition_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'hazard_transition is append-only';
END;
$$;
CREATE TRIGGER hazard_transition_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON hazard_transition
  FOR EACH STATEMENT EXECUTE FUNCTION hazard_transition_refuse_change();

-- Escalations of overdue hazards: one row per hazard and level, ever (the job re-runs safely).
-- bulletin_month (YYYY-MM, Asia/Shanghai) is the bulletin the entry belongs to; department is who
-- must act on a WARNING (警示约谈) task.
CREATE TABLE hazard_escalation (
  id              BIGSERIAL PRIMARY KEY,
  hazard_id       BIGINT NOT NULL REFERENCES hazard (id),
  level           TEXT NOT NULL CHECK (level IN ('BULLETIN', 'EXPOSURE', 'WARNING')),
  escalated_at    TIMESTAMPTZ NOT NULL,
  days_overdue    INT NOT NULL,
  bulletin_month  TEXT NOT NULL,
  department      TEXT NOT NULL,
  UNIQUE (hazard_id, level)
);
CREATE INDEX hazard_escalation_level_month_idx ON hazard_escalation (level, bulletin_month);
