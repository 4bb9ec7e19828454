-- 低效企业 / 零收企业 (economy.md §1.6): per-year listing rules and the improvement cases (整治/提升)
-- opened for listed enterprises, with every change kept in a history.

-- Listing rules of a year; a year without a row uses the defaults (湖州 2021 "三低": 规上 亩均税收
-- < 6万元, 规下 < 3万元, ≥ 10亩 仍为规下; 零收 = land > 0 and tax ≤ 0). Thresholds in yuan (per mu).
CREATE TABLE efficiency_improvement_rules (
    year                     INT PRIMARY KEY REFERENCES efficiency_year (year),
    above_scale_tax_per_mu   DOUBLE PRECISION NOT NULL CHECK (above_scale_tax_per_mu >= 0),
    below_scale_tax_per_mu   DOUBLE PRECISION NOT NULL CHECK (below_scale_tax_per_mu >= 0),
    below_scale_land_mu      DOUBLE PRECISION NOT NULL CHECK (below_scale_land_mu > 0),
    zero_tax_land_above_mu   DOUBLE PRECISION NOT NULL CHECK (zero_tax_land_above_mu >= 0),
    zero_tax_tax_at_most     DOUBLE PRECISION NOT NULL CHECK (zero_tax_tax_at_most >= 0),
    include_services         BOOLEAN NOT NULL,
    version                  INT NOT NULL DEFAULT 0,
    updated_by               TEXT NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One case per listed enterprise and kind: at most one not yet closed (销号); a closed case does not
-- stop a new one when the enterprise is listed again in a later year. The figures at opening are the
-- baseline the dashboard measures tax gained against.
CREATE TABLE efficiency_improvement_case (
    id               BIGSERIAL PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('LOW_EFFICIENCY', 'ZERO_TAX')),
    uscc             TEXT NOT NULL,
    enterprise_id    BIGINT NOT NULL,
    name             TEXT NOT NULL,
    town_code        TEXT,
    grid_id          BIGINT,
    responsible_town TEXT,
    opened_year      INT NOT NULL REFERENCES efficiency_year (year),
    rules            TEXT[] NOT NULL,
    land_area_mu     DOUBLE PRECISION,
    tax              DOUBLE PRECISION,
    plan             TEXT,
    measures         TEXT[] NOT NULL DEFAULT '{}',
    deadline         DATE,
    status           TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'CLOSED')),
    closure_reason   TEXT,
    closure_result   TEXT,
    closed_by        TEXT,
    closed_at        TIMESTAMPTZ,
    version          INT NOT NULL DEFAULT 0,
    created_by       TEXT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by       TEXT NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (status <> 'CLOSED' OR (closure_reason IS NOT NULL AND closure_result IS NOT NULL))
);
CREATE UNIQUE INDEX efficiency_improvement_case_year ON efficiency_improvement_case (uscc, kind, opened_year);
CREATE UNIQUE INDEX efficiency_improvement_case_active ON efficiency_improvement_case (uscc, kind)
    WHERE status <> 'CLOSED';
CREATE INDEX efficiency_improvement_case_town ON efficiency_improvement_case (responsible_town, status);
CREATE INDEX efficiency_improvement_case_opened ON efficiency_improvement_case (opened_year);

-- Every change of a case: what changed (field → [before, after]), the status after it, who and when.
CREATE TABLE efficiency_improvement_history (
    id         BIGSERIAL PRIMARY KEY,
    case_id    BIGINT NOT NULL REFERENCES efficiency_improvement_case (id),
    action     TEXT NOT NULL,
    status     TEXT NOT NULL,
    changes    JSONB,
    note       TEXT,
    author     TEXT NOT NULL,
    at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX efficiency_improvement_history_case ON efficiency_improvement_history (case_id, id);
