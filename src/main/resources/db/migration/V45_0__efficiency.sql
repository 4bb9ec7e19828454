-- 亩均论英雄 (module efficiency): evaluation years with their method, the enterprises in scope with
-- their yearly figures (each value with the import that delivered it), correction history, and
-- evaluation runs with per-enterprise and per-item results.

CREATE TABLE efficiency_year (
    year           INT PRIMARY KEY,
    method         JSONB NOT NULL,
    method_version INT NOT NULL DEFAULT 0,
    created_by     TEXT NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by     TEXT NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One delivery of one department's figures (a file or an API call): the provenance of values.
CREATE TABLE efficiency_import (
    id          BIGSERIAL PRIMARY KEY,
    year        INT NOT NULL REFERENCES efficiency_year (year),
    dataset     TEXT NOT NULL,
    department  TEXT NOT NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('EXCEL', 'API')),
    file_name   TEXT,
    row_count   INT NOT NULL,
    imported_by TEXT NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX efficiency_import_year ON efficiency_import (year, dataset, id DESC);

-- Enterprises in scope of a year (registry snapshot) and their figures; *_src = efficiency_import.id
-- that delivered the value. Money in 10,000 yuan.
CREATE TABLE efficiency_enterprise (
    year                        INT NOT NULL REFERENCES efficiency_year (year),
    uscc                        TEXT NOT NULL,
    enterprise_id               BIGINT NOT NULL,
    name                        TEXT NOT NULL,
    industry_code               TEXT,
    town_code                   TEXT,
    grid_id                     BIGINT,
    above_scale                 BOOLEAN NOT NULL,
    sector                      TEXT NOT NULL CHECK (sector IN ('INDUSTRY', 'SERVICES')),
    land_area_mu                DOUBLE PRECISION,
    land_area_mu_src            BIGINT,
    property_certificate        TEXT,
    property_certificate_src    BIGINT,
    parcel                      TEXT,
    parcel_src                  BIGINT,
    tax                         DOUBLE PRECISION,
    tax_src                     BIGINT,
    electricity_kwh             DOUBLE PRECISION,
    electricity_kwh_src         BIGINT,
    added_value                 DOUBLE PRECISION,
    added_value_src             BIGINT,
    revenue                     DOUBLE PRECISION,
    revenue_src                 BIGINT,
    rd_spending                 DOUBLE PRECISION,
    rd_spending_src             BIGINT,
    employees                   DOUBLE PRECISION,
    employees_src               BIGINT,
    energy_tce                  DOUBLE PRECISION,
    energy_tce_src              BIGINT,
    emission                    DOUBLE PRECISION,
    emission_src                BIGINT,
    environmental_violation     BOOLEAN,
    environmental_violation_src BIGINT,
    major_safety_accident       BOOLEAN,
    major_safety_accident_src   BIGINT,
    PRIMARY KEY (year, uscc)
);
CREATE INDEX efficiency_enterprise_town ON efficiency_enterprise (year, town_code);

-- A value replaced by a later delivery (corrections): who, when, old and new, both deliveries.
CREATE TABLE efficiency_value_history (
    id         BIGSERIAL PRIMARY KEY,
    year       INT NOT NULL,
    uscc       TEXT NOT NULL,
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT,
    old_import BIGINT,
    new_import BIGINT NOT NULL REFERENCES efficiency_import (id),
    changed_by TEXT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX efficiency_value_history_enterprise ON efficiency_value_history (year, uscc, id);

-- Evaluation runs: versions per year; status starts DRAFT (workflow states come later).
CREATE TABLE efficiency_run (
    id               BIGSERIAL PRIMARY KEY,
    year             INT NOT NULL REFERENCES efficiency_year (year),
    version          INT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'DRAFT',
    method           JSONB NOT NULL,
    method_version   INT NOT NULL,
    enterprise_count INT NOT NULL,
    created_by       TEXT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (year, version)
);

-- One row per enterprise and run; the items (one per indicator of the group's method) are parallel
-- arrays in the method's order: code, value (NULL = could not be computed), benchmark, score.
-- One row instead of six keeps storing a district's 120,000 results within seconds.
CREATE TABLE efficiency_result (
    run_id           BIGINT NOT NULL REFERENCES efficiency_run (id) ON DELETE CASCADE,
    uscc             TEXT NOT NULL,
    name             TEXT NOT NULL,
    town_code        TEXT,
    grid_id          BIGINT,
    industry_code    TEXT,
    eval_group       TEXT NOT NULL,
    item_codes       TEXT[] NOT NULL,
    item_values      DOUBLE PRECISION[] NOT NULL,
    item_benchmarks  DOUBLE PRECISION[] NOT NULL,
    item_scores      DOUBLE PRECISION[] NOT NULL,
    adjustment       DOUBLE PRECISION NOT NULL,
    total            DOUBLE PRECISION,
    rank_in_group    INT,
    efficiency_class TEXT,
    vetoed           BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, uscc)
);
CREATE INDEX efficiency_result_rank ON efficiency_result (run_id, eval_group, rank_in_group);
CREATE INDEX efficiency_result_town ON efficiency_result (run_id, town_code);
