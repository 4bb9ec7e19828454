-- SMS channel (text messages to phone numbers, e.g. people on duty without an account). No gateway
-- is connected yet: the channel records each outgoing message here with status QUEUED; a gateway
-- (future, see README) would send QUEUED rows and set SENT or FAILED with its reference or reason.
ALTER TABLE notification_delivery DROP CONSTRAINT notification_delivery_channel_check;
ALTER TABLE notification_delivery ADD CONSTRAINT notification_delivery_channel_check
  CHECK (channel IN ('IN_APP', 'EMAIL', 'WEBHOOK', 'SMS'));

CREATE TABLE notification_sms (
  id            BIGSERIAL PRIMARY KEY,
  delivery_id   BIGINT NOT NULL UNIQUE REFERENCES notification_delivery (id),
  phone         TEXT NOT NULL,
  text          TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
  created_at    TIMESTAMPTZ NOT NULL,
  sent_at       TIMESTAMPTZ,
  gateway_ref   TEXT,
  last_error    TEXT
);
CREATE INDEX notification_sms_queued_idx ON notification_sms (id) WHERE status = 'QUEUED';
