-- 亩均论英雄 workflow (module efficiency, issue 6 point 3): a run moves DRAFT → REVIEW → PUBLICITY
-- (公示, a period per year, default 7 days) → PUBLISHED, a newer published version makes the older
-- SUPERSEDED, a run not yet published may be DISCARDED. Every move is kept with who, when and why.
-- Enterprises object (异议) during the publicity period with attachments; staff accept or reject with
-- a reason; an accepted objection is answered by a new version (a re-run after corrected data).
-- Triggers keep a run's results as they were once the run has left DRAFT, whatever the code path.

ALTER TABLE efficiency_year
    ADD COLUMN publicity_days INT NOT NULL DEFAULT 7 CHECK (publicity_days BETWEEN 1 AND 90);

ALTER TABLE efficiency_run
    ADD COLUMN publicity_start TIMESTAMPTZ,
    ADD COLUMN publicity_end   TIMESTAMPTZ,
    ADD CONSTRAINT efficiency_run_status CHECK (
        status IN ('DRAFT', 'REVIEW', 'PUBLICITY', 'PUBLISHED', 'SUPERSEDED', 'DISCARDED')),
    ADD CONSTRAINT efficiency_run_publicity CHECK (
        (publicity_start IS NULL) = (publicity_end IS NULL) AND
        (publicity_end IS NULL OR publicity_end > publicity_start));

-- At most one published version per year (the previous one is superseded first).
CREATE UNIQUE INDEX efficiency_run_one_published ON efficiency_run (year) WHERE status = 'PUBLISHED';

CREATE TABLE efficiency_run_transition (
    id          BIGSERIAL PRIMARY KEY,
    run_id      BIGINT NOT NULL REFERENCES efficiency_run (id),
    from_status TEXT,
    to_status   TEXT NOT NULL,
    actor       TEXT NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    comment     TEXT
);
CREATE INDEX efficiency_run_transition_run ON efficiency_run_transition (run_id, id);

-- town_code / grid_id copied from the result so objections are filtered by data scope (ADR 0004).
CREATE TABLE efficiency_objection (
    id              BIGSERIAL PRIMARY KEY,
    run_id          BIGINT NOT NULL REFERENCES efficiency_run (id),
    year            INT NOT NULL,
    uscc            TEXT NOT NULL,
    enterprise_name TEXT NOT NULL,
    town_code       TEXT,
    grid_id         BIGINT,
    text            TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    status          TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    filed_by        TEXT NOT NULL,
    filed_at        TIMESTAMPTZ NOT NULL,
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ,
    reason          TEXT,
    answered_by_run BIGINT REFERENCES efficiency_run (id),
    CHECK ((status = 'PENDING') = (decided_by IS NULL)),
    CHECK (status = 'PENDING' OR length(btrim(reason)) > 0),
    CHECK (answered_by_run IS NULL OR status = 'ACCEPTED')
);
CREATE INDEX efficiency_objection_run ON efficiency_objection (run_id, status);
CREATE INDEX efficiency_objection_year ON efficiency_objection (year, status);

-- Attachments (PDF, JPEG, PNG by content) stored with the objection: filed in one transaction.
CREATE TABLE efficiency_objection_attachment (
    id           BIGSERIAL PRIMARY KEY,
    objection_id BIGINT NOT NULL REFERENCES efficiency_objection (id),
    file_name    TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes   INT NOT NULL,
    sha256       TEXT NOT NULL,
    content      BYTEA NOT NULL
);
CREATE INDEX efficiency_objection_attachment_objection ON efficiency_objection_attachment (objection_id);

-- A run's own columns never change once it left DRAFT; its status only moves along the workflow;
-- the publicity period is set on entering PUBLICITY and frozen once published or discarded; only a
-- draft may be deleted.
CREATE FUNCTION efficiency_run_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'DRAFT' THEN
      RAISE EXCEPTION 'efficiency run % is %: it cannot be deleted', OLD.id, OLD.status
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'DRAFT' AND (NEW.id, NEW.year, NEW.version, NEW.method, NEW.method_version,
      NEW.enterprise_count, NEW.created_by, NEW.created_at) IS DISTINCT FROM (OLD.id, OLD.year,
      OLD.version, OLD.method, OLD.method_version, OLD.enterprise_count, OLD.created_by,
      OLD.created_at) THEN
    RAISE EXCEPTION 'efficiency run % is %: it cannot be changed', OLD.id, OLD.status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.status <> OLD.status AND (OLD.status, NEW.status) NOT IN (
      ('DRAFT', 'REVIEW'), ('DRAFT', 'DISCARDED'), ('REVIEW', 'PUBLICITY'), ('REVIEW', 'DISCARDED'),
      ('PUBLICITY', 'PUBLISHED'), ('PUBLICITY', 'DISCARDED'), ('PUBLISHED', 'SUPERSEDED')) THEN
    RAISE EXCEPTION 'efficiency run % cannot move from % to %', OLD.id, OLD.status, NEW.status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF (NEW.publicity_start, NEW.publicity_end) IS DISTINCT FROM (OLD.publicity_start, OLD.publicity_end)
      AND NOT (NEW.status = 'PUBLICITY') THEN
    RAISE EXCEPTION 'efficiency run %: the publicity period is set only in publicity', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER efficiency_run_guard BEFORE UPDATE OR DELETE ON efficiency_run
    FOR EACH ROW EXECUTE FUNCTION efficiency_run_guard();

-- Results of a run that left DRAFT are frozen: no row added, changed or removed. Statement-level
-- with transition tables, so storing a district's 120,000 results (COPY) checks each run once.
CREATE FUNCTION efficiency_result_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  frozen RECORD;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT r.id, r.status INTO frozen FROM efficiency_run r
      WHERE r.status <> 'DRAFT' AND r.id IN (SELECT run_id FROM new_rows) LIMIT 1;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT r.id, r.status INTO frozen FROM efficiency_run r
      WHERE r.status <> 'DRAFT'
        AND r.id IN (SELECT run_id FROM old_rows UNION SELECT run_id FROM new_rows) LIMIT 1;
  ELSE
    SELECT r.id, r.status INTO frozen FROM efficiency_run r
      WHERE r.status <> 'DRAFT' AND r.id IN (SELECT run_id FROM old_rows) LIMIT 1;
  END IF;
  IF FOUND THEN
    RAISE EXCEPTION 'efficiency run % is %: its results cannot be changed', frozen.id, frozen.status
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER efficiency_result_frozen_insert AFTER INSERT ON efficiency_result
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION efficiency_result_frozen();
CREATE TRIGGER efficiency_result_frozen_update AFTER UPDATE ON efficiency_result
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION efficiency_result_frozen();
CREATE TRIGGER efficiency_result_frozen_delete AFTER DELETE ON efficiency_result
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION efficiency_result_frozen();
