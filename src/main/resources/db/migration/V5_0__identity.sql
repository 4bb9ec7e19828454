-- Accounts of people (and the integrations' tokens). One role per account (三员分立 keeps the
-- three admin roles on separate accounts). Passwords are bcrypt hashes; tokens SHA-256 hashes.
CREATE TABLE identity_account (
  id                   BIGSERIAL PRIMARY KEY,
  username             TEXT NOT NULL UNIQUE,
  display_name         TEXT NOT NULL,
  password_hash        TEXT NOT NULL,
  role                 TEXT NOT NULL,
  department           TEXT,
  town_codes           TEXT[] NOT NULL DEFAULT '{}',
  enterprise_uscc      TEXT,
  may_view_plaintext   BOOLEAN NOT NULL DEFAULT FALSE,
  enabled              BOOLEAN NOT NULL DEFAULT TRUE,
  failed_attempts      INT NOT NULL DEFAULT 0,
  locked_until         TIMESTAMPTZ,
  password_changed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
  totp_secret          TEXT,
  totp_confirmed       BOOLEAN NOT NULL DEFAULT FALSE,
  totp_last_step       BIGINT,
  synthetic            BOOLEAN NOT NULL DEFAULT FALSE,
  created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT identity_account_role_ck CHECK (role IN ('SYSTEM_ADMIN','SECURITY_ADMIN','AUDIT_ADMIN',
    'DISTRICT_LEADER','DEPARTMENT_STAFF','TOWN_STAFF','GRID_WORKER','ENTERPRISE_USER'))
);

CREATE TABLE identity_token (
  id          BIGSERIAL PRIMARY KEY,
  token_hash  TEXT NOT NULL UNIQUE,
  kind        TEXT NOT NULL CHECK (kind IN ('USER','DEVICE','INTEGRATION')),
  username    TEXT,
  subject     TEXT,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at  TIMESTAMPTZ NOT NULL,
  revoked     BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX identity_token_expiry_idx ON identity_token (expires_at);
