-- Warnings (预警, issue 5 point 5) as CAP 1.2 messages. A warning is drafted, then published (CAP
-- msgType Alert), updated (Update, referencing the earlier messages) and cancelled (Cancel). Every
-- message sent is kept as sent (warning_message.xml), so what was published can always be shown
-- exactly; every change of the warning is in warning_history with its author.

CREATE TABLE warning (
  id                 BIGSERIAL PRIMARY KEY,
  status             TEXT NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'UPDATED', 'CANCELLED')),
  event_type         TEXT NOT NULL,
  colour             TEXT NOT NULL CHECK (colour IN ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
  headline           TEXT NOT NULL,
  description        TEXT NOT NULL,
  instruction        TEXT,
  sender_department  TEXT NOT NULL,
  effective          TIMESTAMPTZ,
  onset              TIMESTAMPTZ,
  expires            TIMESTAMPTZ,
  -- the areas as drawn: [{"description", "polygon": [{"lon","lat"}...], "circle": {"lon","lat"}, "radiusKm"}]
  areas              JSONB NOT NULL,
  -- GB/T 2260 geocodes: the district's 6-digit code, or towns' 9-digit codes
  geocodes           TEXT[] NOT NULL,
  -- towns the warning concerns (for town staff's drafts and the town filter); empty = whole district
  town_codes         TEXT[] NOT NULL,
  -- centre of the areas, for the map layer
  centre_lon         DOUBLE PRECISION NOT NULL,
  centre_lat         DOUBLE PRECISION NOT NULL,
  created_by         TEXT NOT NULL,
  created_at         TIMESTAMPTZ NOT NULL,
  updated_by         TEXT NOT NULL,
  updated_at         TIMESTAMPTZ NOT NULL,
  published_at       TIMESTAMPTZ,
  cancelled_at       TIMESTAMPTZ
);
CREATE INDEX warning_status_idx ON warning (status, updated_at DESC);
CREATE INDEX warning_town_codes_idx ON warning USING GIN (town_codes);

-- One row per CAP message sent; identifier follows GB/T 35965 (ZZZZZZDDDUUUXX_YYYYMMDDhhmmss_N).
CREATE TABLE warning_message (
  id          BIGSERIAL PRIMARY KEY,
  warning_id  BIGINT NOT NULL REFERENCES warning (id),
  identifier  TEXT NOT NULL UNIQUE,
  sender      TEXT NOT NULL,
  sent        TIMESTAMPTZ NOT NULL,
  msg_type    TEXT NOT NULL CHECK (msg_type IN ('Alert', 'Update', 'Cancel')),
  xml         TEXT NOT NULL,
  sent_by     TEXT NOT NULL
);
CREATE INDEX warning_message_warning_idx ON warning_message (warning_id, id);

-- Append-only history: who changed what and when (before/after as JSON).
CREATE TABLE warning_history (
  id          BIGSERIAL PRIMARY KEY,
  warning_id  BIGINT NOT NULL REFERENCES warning (id),
  at          TIMESTAMPTZ NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  note        TEXT,
  before      JSONB,
  after       JSONB
);
CREATE INDEX warning_history_warning_idx ON warning_history (warning_id, id);

-- CAP messages received from other senders (e.g. the provincial or national warning platform),
-- kept as received; one row per sender and identifier.
CREATE TABLE warning_received (
  id           BIGSERIAL PRIMARY KEY,
  sender       TEXT NOT NULL,
  identifier   TEXT NOT NULL,
  sent         TIMESTAMPTZ NOT NULL,
  status       TEXT NOT NULL,
  msg_type     TEXT NOT NULL,
  event        TEXT,
  severity     TEXT,
  colour       TEXT,
  headline     TEXT,
  area_desc    TEXT,
  xml          TEXT NOT NULL,
  received_by  TEXT NOT NULL,
  received_at  TIMESTAMPTZ NOT NULL,
  UNIQUE (sender, identifier)
);
