-- Enterprise safety code (企业安全码): RED / ORANGE / YELLOW / BLUE, blue best.
-- Zhejiang has no province-wide rule text for it (domain notes §0/§4: 余杭's 企业安全码 is local
-- practice), so the rules are versioned reference data edited by the system administrator, and the
-- default thresholds below are ours, for the client to confirm.

CREATE TABLE risk_safety_code_rule_set (
  version     INT PRIMARY KEY,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by  TEXT NOT NULL
);

-- A rule gives its colour when all its conditions hold; the gravest matching colour wins.
CREATE TABLE risk_safety_code_rule (
  version   INT NOT NULL REFERENCES risk_safety_code_rule_set (version),
  position  INT NOT NULL,
  colour    TEXT NOT NULL CHECK (colour IN ('RED', 'ORANGE', 'YELLOW')),
  PRIMARY KEY (version, position)
);

-- One condition: input >= threshold (a count, or a colour / level / escalation name).
CREATE TABLE risk_safety_code_condition (
  version    INT NOT NULL,
  position   INT NOT NULL,
  ordinal    INT NOT NULL,
  input      TEXT NOT NULL CHECK (input IN ('RISK_COLOUR', 'MAJOR_HAZARD_LEVEL', 'OPEN_HAZARDS',
               'OPEN_MAJOR_HAZARDS', 'SUPERVISED_MAJOR_HAZARDS', 'OVERDUE_HAZARDS',
               'MAX_DAYS_OVERDUE', 'HIGHEST_ESCALATION', 'INSPECTION_FINDINGS', 'ACTIVE_ALARMS')),
  threshold  TEXT NOT NULL,
  PRIMARY KEY (version, position, ordinal),
  FOREIGN KEY (version, position) REFERENCES risk_safety_code_rule (version, position)
);

-- Defaults (version 1), to be confirmed by the client:
--   RED    overdue ≥ 60 days (the 曝光 step of 一月一通报、二月一曝光), or a supervised major hazard,
--          or risk colour RED together with a 一级 major hazard installation;
--   ORANGE any overdue hazard, an open major hazard, risk colour RED, major hazard level 一/二,
--          or an active monitoring alarm;
--   YELLOW three or more open hazards, risk colour ORANGE, major hazard level 三/四, or an open
--          inspection finding;
--   BLUE   otherwise.
INSERT INTO risk_safety_code_rule_set (version, created_by) VALUES (1, 'system');
INSERT INTO risk_safety_code_rule (version, position, colour) VALUES
  (1, 1, 'RED'), (1, 2, 'RED'), (1, 3, 'RED'),
  (1, 4, 'ORANGE'), (1, 5, 'ORANGE'), (1, 6, 'ORANGE'), (1, 7, 'ORANGE'), (1, 8, 'ORANGE'),
  (1, 9, 'YELLOW'), (1, 10, 'YELLOW'), (1, 11, 'YELLOW'), (1, 12, 'YELLOW');
INSERT INTO risk_safety_code_condition (version, position, ordinal, input, threshold) VALUES
  (1, 1, 1, 'MAX_DAYS_OVERDUE', '60'),
  (1, 2, 1, 'SUPERVISED_MAJOR_HAZARDS', '1'),
  (1, 3, 1, 'RISK_COLOUR', 'RED'),
  (1, 3, 2, 'MAJOR_HAZARD_LEVEL', 'LEVEL_1'),
  (1, 4, 1, 'OVERDUE_HAZARDS', '1'),
  (1, 5, 1, 'OPEN_MAJOR_HAZARDS', '1'),
  (1, 6, 1, 'RISK_COLOUR', 'RED'),
  (1, 7, 1, 'MAJOR_HAZARD_LEVEL', 'LEVEL_2'),
  (1, 8, 1, 'ACTIVE_ALARMS', '1'),
  (1, 9, 1, 'OPEN_HAZARDS', '3'),
  (1, 10, 1, 'RISK_COLOUR', 'ORANGE'),
  (1, 11, 1, 'MAJOR_HAZARD_LEVEL', 'LEVEL_4'),
  (1, 12, 1, 'INSPECTION_FINDINGS', '1');

-- The current code of each enterprise. uscc, name, town and location are copied from the
-- enterprise registry at each computation: the town carries the data scope, and the public page and
-- map need no reach into another module's table. token is the only key the public QR URL carries
-- (128 random bits, base64url): no id or USCC, nothing to enumerate. computed_at is when the
-- current colour and inputs were determined (an unchanged result is not rewritten).
CREATE TABLE risk_safety_code (
  id                        BIGSERIAL PRIMARY KEY,
  uscc                      TEXT NOT NULL UNIQUE,
  token                     TEXT NOT NULL UNIQUE,
  enterprise_name           TEXT NOT NULL,
  town_code                 TEXT NOT NULL,
  lon                       DOUBLE PRECISION,
  lat                       DOUBLE PRECISION,
  synthetic                 BOOLEAN NOT NULL DEFAULT FALSE,
  colour                    TEXT NOT NULL CHECK (colour IN ('RED', 'ORANGE', 'YELLOW', 'BLUE')),
  rule_version              INT NOT NULL,
  rule_position             INT,
  rule_text                 TEXT,
  risk_colour               TEXT,
  major_hazard_level        TEXT,
  open_hazards              BIGINT NOT NULL,
  open_major_hazards        BIGINT NOT NULL,
  supervised_major_hazards  BIGINT NOT NULL,
  overdue_hazards           BIGINT NOT NULL,
  max_days_overdue          BIGINT NOT NULL,
  highest_escalation        TEXT,
  inspection_findings       BIGINT NOT NULL,
  active_alarms             BIGINT NOT NULL,
  computed_at               TIMESTAMPTZ NOT NULL
);
CREATE INDEX risk_safety_code_town_idx ON risk_safety_code (town_code, id);
CREATE INDEX risk_safety_code_colour_idx ON risk_safety_code (colour, id);
