-- Audit trail: logins, logouts, permission changes and every change to a regulated record
-- (等保 GB/T 22239-2019 8.1.4.3 安全审计 a–d; OWASP ASVS 5.0 V16).
--
-- Append-only: the trigger below makes the database itself refuse UPDATE, DELETE and TRUNCATE,
-- whichever role asks (安全审计 c: 防止审计记录被删除、修改或覆盖; ASVS 16.4.2). Only INSERT and SELECT
-- work.
--
-- Retention: rows are never deleted, which satisfies the "at least 180 days" rule of 网络安全法
-- Art. 21(3) (留存相关的网络日志不少于六个月). Moving old rows elsewhere would be a deliberate DBA
-- operation outside the application.
CREATE TABLE audit_event (
  id           BIGSERIAL PRIMARY KEY,
  occurred_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  actor        TEXT,
  actor_role   TEXT,
  action       TEXT NOT NULL,
  target_type  TEXT,
  target_id    TEXT,
  before_state JSONB,
  after_state  JSONB,
  outcome      TEXT NOT NULL CONSTRAINT audit_event_outcome_check
                 CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
  client_ip    TEXT,
  detail       TEXT
);

-- The search page filters by time, actor, action and target, always newest first.
CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at DESC);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at DESC);
CREATE INDEX audit_event_target_idx ON audit_event (target_type, target_id, occurred_at DESC);

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only'
    USING HINT = 'Audit rows cannot be updated, deleted or truncated (GB/T 22239-2019 8.1.4.3 c).';
END;
$$;

-- Statement-level, so that even an UPDATE or DELETE matching no row is refused.
CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
