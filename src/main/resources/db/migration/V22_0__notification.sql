-- Notifications (issue 4, must-have 7). A notice is written to the outbox in the caller's
-- transaction; the dispatcher expands it into one delivery per (channel, target) and delivers each
-- with retries, recording every attempt. Severity ranks: INFO 0, BLUE 1, YELLOW 2, ORANGE 3, RED 4.

-- The outbox. key de-duplicates: a notice with a key already present is ignored.
-- recipients: explicit recipients as text ("user:alice", "role:TOWN_STAFF", "role:DEPARTMENT_STAFF:EMERGENCY",
-- "department:EMERGENCY"). expanded_at is set once the deliveries are created.
CREATE TABLE notification_notice (
  id               BIGSERIAL PRIMARY KEY,
  kind             TEXT NOT NULL,
  notice_key       TEXT NOT NULL UNIQUE,
  severity         TEXT NOT NULL CHECK (severity IN ('INFO', 'BLUE', 'YELLOW', 'ORANGE', 'RED')),
  town_code        TEXT,
  enterprise_uscc  TEXT,
  title            TEXT NOT NULL,
  body             TEXT,
  link             TEXT,
  occurred_at      TIMESTAMPTZ NOT NULL,
  recipients       TEXT[] NOT NULL DEFAULT '{}',
  created_at       TIMESTAMPTZ NOT NULL,
  expanded_at      TIMESTAMPTZ
);
CREATE INDEX notification_notice_pending_idx ON notification_notice (id) WHERE expanded_at IS NULL;

-- What a user wants to hear about and how. towns empty = every town of the user's data scope.
CREATE TABLE notification_subscription (
  id              BIGSERIAL PRIMARY KEY,
  username        TEXT NOT NULL,
  towns           TEXT[] NOT NULL DEFAULT '{}',
  min_severity    TEXT NOT NULL CHECK (min_severity IN ('INFO', 'BLUE', 'YELLOW', 'ORANGE', 'RED')),
  min_rank        INT NOT NULL CHECK (min_rank BETWEEN 0 AND 4),
  kinds           TEXT[] NOT NULL CHECK (cardinality(kinds) > 0),
  in_app          BOOLEAN NOT NULL,
  email           TEXT,
  webhook_url     TEXT,
  webhook_secret  TEXT,
  enabled         BOOLEAN NOT NULL DEFAULT TRUE,
  created_at      TIMESTAMPTZ NOT NULL,
  updated_at      TIMESTAMPTZ NOT NULL,
  CHECK (in_app OR email IS NOT NULL OR webhook_url IS NOT NULL)
);
CREATE INDEX notification_subscription_user_idx ON notification_subscription (username);

-- A department's robot (e.g. a DingTalk group): district-wide, filtered like a subscription, and
-- also used when a notice names the department as a recipient.
CREATE TABLE notification_department_webhook (
  id              BIGSERIAL PRIMARY KEY,
  department      TEXT NOT NULL,
  url             TEXT NOT NULL,
  secret          TEXT,
  min_severity    TEXT NOT NULL CHECK (min_severity IN ('INFO', 'BLUE', 'YELLOW', 'ORANGE', 'RED')),
  min_rank        INT NOT NULL CHECK (min_rank BETWEEN 0 AND 4),
  kinds           TEXT[] NOT NULL CHECK (cardinality(kinds) > 0),
  created_at      TIMESTAMPTZ NOT NULL,
  UNIQUE (department, url)
);

-- One row per notice, channel and target (username for IN_APP, address for EMAIL and WEBHOOK).
-- state PENDING until SENT or FAILED; next_attempt_at is also the claim lease: a dispatcher that
-- claims a delivery pushes it forward, so no other node takes it while it is in flight, and a node
-- that dies leaves it to be retried when the lease runs out.
CREATE TABLE notification_delivery (
  id               BIGSERIAL PRIMARY KEY,
  notice_id        BIGINT NOT NULL REFERENCES notification_notice (id),
  channel          TEXT NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL', 'WEBHOOK')),
  target           TEXT NOT NULL,
  username         TEXT,
  department       TEXT,
  secret           TEXT,
  state            TEXT NOT NULL CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
  attempts         INT NOT NULL DEFAULT 0,
  next_attempt_at  TIMESTAMPTZ NOT NULL,
  last_error       TEXT,
  created_at       TIMESTAMPTZ NOT NULL,
  finished_at      TIMESTAMPTZ,
  UNIQUE (notice_id, channel, target)
);
CREATE INDEX notification_delivery_due_idx ON notification_delivery (channel, next_attempt_at)
  WHERE state = 'PENDING';

-- Every attempt with its outcome (append-only by use).
CREATE TABLE notification_attempt (
  id            BIGSERIAL PRIMARY KEY,
  delivery_id   BIGINT NOT NULL REFERENCES notification_delivery (id),
  attempt_no    INT NOT NULL,
  attempted_at  TIMESTAMPTZ NOT NULL,
  outcome       TEXT NOT NULL CHECK (outcome IN ('SENT', 'FAILED', 'RETRYING')),
  reason        TEXT,
  duration_ms   BIGINT NOT NULL
);
CREATE INDEX notification_attempt_time_idx ON notification_attempt (attempted_at DESC);
CREATE INDEX notification_attempt_delivery_idx ON notification_attempt (delivery_id);

-- The in-app inbox: what the bell counts and the notification list shows.
CREATE TABLE notification_inbox (
  id          BIGSERIAL PRIMARY KEY,
  username    TEXT NOT NULL,
  notice_id   BIGINT NOT NULL REFERENCES notification_notice (id),
  created_at  TIMESTAMPTZ NOT NULL,
  read_at     TIMESTAMPTZ,
  UNIQUE (username, notice_id)
);
CREATE INDEX notification_inbox_user_idx ON notification_inbox (username, id DESC);
CREATE INDEX notification_inbox_unread_idx ON notification_inbox (username) WHERE read_at IS NULL;
