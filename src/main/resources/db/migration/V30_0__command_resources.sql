-- Emergency resources of the command module (issue 5, must-have 1): rescue teams, warehouses with
-- their supplies, shelters and the duty roster (值班). Locations are WGS-84; town_code is the NBS
-- 9-digit town the point lies in (area lookup), the column the data scope filters on. Phones are
-- stored in plaintext and shown masked. version counts changes (optimistic locking).

CREATE TABLE command_team (
  id             BIGSERIAL PRIMARY KEY,
  name           TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('COMPREHENSIVE', 'FIRE', 'HAZARDOUS_CHEMICAL',
                   'WATER_RESCUE', 'MEDICAL', 'MINE_RESCUE', 'ELECTRIC_POWER', 'COMMUNICATION',
                   'ENGINEERING', 'SOCIAL_VOLUNTEER')),
  headcount      INT NOT NULL CHECK (headcount > 0),
  equipment      TEXT[] NOT NULL DEFAULT '{}',
  address        TEXT,
  lon            DOUBLE PRECISION NOT NULL,
  lat            DOUBLE PRECISION NOT NULL,
  town_code      TEXT NOT NULL,
  contact_name   TEXT,
  contact_phone  TEXT,
  duty_state     TEXT NOT NULL CHECK (duty_state IN ('ON_DUTY', 'OFF_DUTY', 'DISPATCHED')),
  synthetic      BOOLEAN NOT NULL DEFAULT FALSE,
  version        INT NOT NULL DEFAULT 1,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by     TEXT NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_by     TEXT NOT NULL
);
CREATE INDEX command_team_town_idx ON command_team (town_code);
CREATE INDEX command_team_available_idx ON command_team (kind) WHERE duty_state = 'ON_DUTY';

CREATE TABLE command_warehouse (
  id             BIGSERIAL PRIMARY KEY,
  name           TEXT NOT NULL UNIQUE,
  address        TEXT,
  lon            DOUBLE PRECISION NOT NULL,
  lat            DOUBLE PRECISION NOT NULL,
  town_code      TEXT NOT NULL,
  manager_name   TEXT,
  manager_phone  TEXT,
  synthetic      BOOLEAN NOT NULL DEFAULT FALSE,
  version        INT NOT NULL DEFAULT 1,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by     TEXT NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_by     TEXT NOT NULL
);
CREATE INDEX command_warehouse_town_idx ON command_warehouse (town_code);

-- The supplies catalogue (物资目录): what an item is and the unit its quantities are counted in.
CREATE TABLE command_supply_item (
  code           TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  unit           TEXT NOT NULL,
  category       TEXT,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by     TEXT NOT NULL
);

-- One stock line per item and warehouse: whole units of the item's unit. reserved is held for
-- incidents (quantity - reserved is available); expiry_date is the earliest expiry in the line.
CREATE TABLE command_stock (
  id             BIGSERIAL PRIMARY KEY,
  warehouse_id   BIGINT NOT NULL REFERENCES command_warehouse (id),
  item_code      TEXT NOT NULL REFERENCES command_supply_item (code),
  quantity       BIGINT NOT NULL CHECK (quantity >= 0),
  reserved       BIGINT NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= quantity),
  minimum_stock  BIGINT NOT NULL DEFAULT 0 CHECK (minimum_stock >= 0),
  expiry_date    DATE,
  version        INT NOT NULL DEFAULT 1,
  updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_by     TEXT NOT NULL,
  UNIQUE (warehouse_id, item_code)
);
CREATE INDEX command_stock_item_idx ON command_stock (item_code);

-- Shelters (避灾安置场所, DB33/T 2158 tiers). Capacity is not stored: it is
-- floor(usable_area / shuzhi.command.shelter-area-per-person), so changing the setting re-rates
-- every shelter. occupancy is people sheltered now, reserved places held for incidents.
CREATE TABLE command_shelter (
  id             BIGSERIAL PRIMARY KEY,
  name           TEXT NOT NULL,
  tier           TEXT NOT NULL CHECK (tier IN ('DISTRICT', 'TOWN', 'VILLAGE')),
  address        TEXT,
  lon            DOUBLE PRECISION NOT NULL,
  lat            DOUBLE PRECISION NOT NULL,
  town_code      TEXT NOT NULL,
  usable_area    NUMERIC(12, 2) NOT NULL CHECK (usable_area > 0),
  occupancy      INT NOT NULL DEFAULT 0 CHECK (occupancy >= 0),
  reserved       INT NOT NULL DEFAULT 0 CHECK (reserved >= 0),
  manager_name   TEXT,
  manager_phone  TEXT,
  synthetic      BOOLEAN NOT NULL DEFAULT FALSE,
  version        INT NOT NULL DEFAULT 1,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by     TEXT NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_by     TEXT NOT NULL
);
CREATE INDEX command_shelter_town_idx ON command_shelter (town_code);

-- Duty roster (值班表): who is on duty for a department (department code, town_code NULL) or a
-- town (town_code set) from starts_at to ends_at (the shift on duty_date, Asia/Shanghai).
CREATE TABLE command_duty (
  id             BIGSERIAL PRIMARY KEY,
  department     TEXT,
  town_code      TEXT,
  duty_date      DATE NOT NULL,
  shift          TEXT NOT NULL CHECK (shift IN ('DAY', 'NIGHT', 'FULL_DAY')),
  starts_at      TIMESTAMPTZ NOT NULL,
  ends_at        TIMESTAMPTZ NOT NULL,
  duty_role      TEXT NOT NULL CHECK (duty_role IN ('LEADER', 'OFFICER')),
  person_name    TEXT NOT NULL,
  phone          TEXT NOT NULL,
  synthetic      BOOLEAN NOT NULL DEFAULT FALSE,
  version        INT NOT NULL DEFAULT 1,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by     TEXT NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_by     TEXT NOT NULL,
  CHECK ((department IS NULL) <> (town_code IS NULL)),
  CHECK (ends_at > starts_at)
);
CREATE INDEX command_duty_time_idx ON command_duty (starts_at, ends_at);
CREATE INDEX command_duty_date_idx ON command_duty (duty_date);

-- Reservations and dispatches held for incidents (the ledger the one-click response writes):
-- released_at set when given back. reference names what holds it (e.g. an incident).
CREATE TABLE command_reservation (
  id             BIGSERIAL PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('SUPPLY', 'SHELTER', 'TEAM')),
  record_id      BIGINT NOT NULL,
  quantity       BIGINT NOT NULL CHECK (quantity > 0),
  reference      TEXT NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL,
  created_by     TEXT NOT NULL,
  released_at    TIMESTAMPTZ,
  released_by    TEXT
);
CREATE INDEX command_reservation_reference_idx ON command_reservation (reference);

-- History of every change of a command record (who, when, the state after; null for a delete).
CREATE TABLE command_change (
  id             BIGSERIAL PRIMARY KEY,
  record_type    TEXT NOT NULL,
  record_id      TEXT NOT NULL,
  change         TEXT NOT NULL,
  body           JSONB,
  changed_at     TIMESTAMPTZ NOT NULL,
  changed_by     TEXT NOT NULL
);
CREATE INDEX command_change_record_idx ON command_change (record_type, record_id, changed_at);
