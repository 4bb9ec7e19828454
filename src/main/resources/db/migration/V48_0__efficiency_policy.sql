-- Differentiated policies of 亩均论英雄 (economy.md §1.5): per year and class the surcharges C/D
-- enterprises pay on their consumption, the incentives A/B enterprises get, and rebate rules; the
-- water use figure the water surcharge needs; and the incentive list of each published run.

-- Water use (m³) from the water company, with its delivery like every other figure.
ALTER TABLE efficiency_enterprise
    ADD COLUMN water_m3     DOUBLE PRECISION,
    ADD COLUMN water_m3_src BIGINT;

-- One row per year and class. A year without rows uses the built-in defaults (version 0).
-- Surcharges in yuan per kWh, per m³ and per equivalent tonne of the emission figure; percentages
-- of relief (0–100) and of quota change (−100–100, negative = cut).
CREATE TABLE efficiency_policy (
    year                        INT NOT NULL REFERENCES efficiency_year (year),
    efficiency_class            TEXT NOT NULL CHECK (efficiency_class IN ('A', 'B', 'C', 'D')),
    electricity_surcharge       NUMERIC(12, 4) NOT NULL CHECK (electricity_surcharge >= 0),
    water_surcharge             NUMERIC(12, 4) NOT NULL CHECK (water_surcharge >= 0),
    emission_surcharge          NUMERIC(12, 4) NOT NULL CHECK (emission_surcharge >= 0),
    land_tax_relief_percent     NUMERIC(6, 2) NOT NULL
        CHECK (land_tax_relief_percent BETWEEN 0 AND 100),
    energy_quota_change_percent NUMERIC(6, 2) NOT NULL
        CHECK (energy_quota_change_percent BETWEEN -100 AND 100),
    emission_quota_change_percent NUMERIC(6, 2) NOT NULL
        CHECK (emission_quota_change_percent BETWEEN -100 AND 100),
    version                     INT NOT NULL,
    updated_by                  TEXT NOT NULL,
    updated_at                  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (year, efficiency_class)
);

-- Rebate rules of a year: a share of the tax paid (rate in %, optional cap in yuan) or a fixed
-- amount (rate in yuan) for every enterprise of the class.
CREATE TABLE efficiency_policy_rebate (
    year             INT NOT NULL REFERENCES efficiency_year (year),
    position         INT NOT NULL,
    name             TEXT NOT NULL,
    efficiency_class TEXT NOT NULL CHECK (efficiency_class IN ('A', 'B', 'C', 'D')),
    basis            TEXT NOT NULL CHECK (basis IN ('TAX_PERCENT', 'FIXED')),
    rate             NUMERIC(14, 4) NOT NULL CHECK (rate >= 0),
    cap              NUMERIC(14, 2) CHECK (cap >= 0),
    PRIMARY KEY (year, position)
);

-- Every change of a year's policy: who, when, the whole policy before and after.
CREATE TABLE efficiency_policy_history (
    id         BIGSERIAL PRIMARY KEY,
    year       INT NOT NULL,
    version    INT NOT NULL,
    old_policy JSONB NOT NULL,
    new_policy JSONB NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX efficiency_policy_history_year ON efficiency_policy_history (year, id DESC);

-- The A/B incentives of a published run, materialised once when the run is published, so other
-- modules read a stable list even if the policy is edited later.
CREATE TABLE efficiency_incentive (
    run_id                        BIGINT NOT NULL REFERENCES efficiency_run (id) ON DELETE CASCADE,
    year                          INT NOT NULL,
    uscc                          TEXT NOT NULL,
    name                          TEXT NOT NULL,
    efficiency_class              TEXT NOT NULL,
    land_tax_relief_percent       NUMERIC(6, 2) NOT NULL,
    energy_quota_change_percent   NUMERIC(6, 2) NOT NULL,
    emission_quota_change_percent NUMERIC(6, 2) NOT NULL,
    rebates                       JSONB NOT NULL,
    PRIMARY KEY (run_id, uscc)
);

-- Marks a run whose incentives are materialised (also when it had no A/B enterprise).
CREATE TABLE efficiency_incentive_run (
    run_id      BIGINT PRIMARY KEY REFERENCES efficiency_run (id) ON DELETE CASCADE,
    year        INT NOT NULL,
    enterprises INT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
