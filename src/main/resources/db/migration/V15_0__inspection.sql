-- Inspections (监督检查), tiered supervision (分级监管) and targeted enforcement (精准执法).

-- Tier rules: which risk colour or GB 18218 major-hazard level puts an enterprise in which
-- supervision tier, and how often it is to be inspected. Reference data edited by SYSTEM_ADMIN
-- (audited). The strictest applicable rule wins (shortest frequency).
-- The defaults follow the usual 分级监管 practice of tying inspection frequency to the risk grade
-- (重大/较大/一般/低风险 ⇒ 红/橙/黄/蓝, 安委办〔2016〕11号; major hazards by 一/二/三/四级, GB 18218-2018 §4.3).
-- They are NOT from a binding text: the client must confirm them.
CREATE TABLE inspection_tier_rule (
  id               BIGSERIAL PRIMARY KEY,
  criterion        TEXT NOT NULL CHECK (criterion IN ('RISK_COLOUR', 'MAJOR_HAZARD_LEVEL')),
  criterion_value  TEXT NOT NULL,
  tier             TEXT NOT NULL CHECK (tier IN ('TIER_1', 'TIER_2', 'TIER_3', 'TIER_4')),
  frequency_months INT NOT NULL CHECK (frequency_months BETWEEN 1 AND 36),
  updated_by       TEXT NOT NULL,
  updated_at       TIMESTAMPTZ NOT NULL,
  version          INT NOT NULL DEFAULT 0,
  UNIQUE (criterion, criterion_value),
  CHECK ((criterion = 'RISK_COLOUR' AND criterion_value IN ('RED', 'ORANGE', 'YELLOW', 'BLUE'))
      OR (criterion = 'MAJOR_HAZARD_LEVEL'
          AND criterion_value IN ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4')))
);
INSERT INTO inspection_tier_rule (criterion, criterion_value, tier, frequency_months, updated_by, updated_at) VALUES
  ('RISK_COLOUR', 'RED', 'TIER_1', 1, 'system', now()),
  ('RISK_COLOUR', 'ORANGE', 'TIER_2', 3, 'system', now()),
  ('RISK_COLOUR', 'YELLOW', 'TIER_3', 6, 'system', now()),
  ('RISK_COLOUR', 'BLUE', 'TIER_4', 12, 'system', now()),
  ('MAJOR_HAZARD_LEVEL', 'LEVEL_1', 'TIER_1', 1, 'system', now()),
  ('MAJOR_HAZARD_LEVEL', 'LEVEL_2', 'TIER_2', 3, 'system', now()),
  ('MAJOR_HAZARD_LEVEL', 'LEVEL_3', 'TIER_3', 6, 'system', now()),
  ('MAJOR_HAZARD_LEVEL', 'LEVEL_4', 'TIER_3', 6, 'system', now());

-- Weights of the enforcement score (精准执法). Points per factor; the per-count factors are points
-- per hazard / failed item / penalty. Reference data, the client's to tune.
CREATE TABLE inspection_score_weight (
  factor      TEXT PRIMARY KEY CHECK (factor IN ('COLOUR_RED', 'COLOUR_ORANGE', 'COLOUR_YELLOW',
                'COLOUR_BLUE', 'LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4', 'OPEN_HAZARD',
                'OVERDUE_HAZARD', 'OPEN_MAJOR_HAZARD', 'FAILED_ITEM', 'PENALTY')),
  points      NUMERIC(8, 2) NOT NULL CHECK (points >= 0),
  updated_by  TEXT NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL
);
INSERT INTO inspection_score_weight (factor, points, updated_by, updated_at) VALUES
  ('COLOUR_RED', 40, 'system', now()), ('COLOUR_ORANGE', 25, 'system', now()),
  ('COLOUR_YELLOW', 10, 'system', now()), ('COLOUR_BLUE', 0, 'system', now()),
  ('LEVEL_1', 40, 'system', now()), ('LEVEL_2', 30, 'system', now()),
  ('LEVEL_3', 20, 'system', now()), ('LEVEL_4', 10, 'system', now()),
  ('OPEN_HAZARD', 3, 'system', now()), ('OVERDUE_HAZARD', 8, 'system', now()),
  ('OPEN_MAJOR_HAZARD', 15, 'system', now()), ('FAILED_ITEM', 5, 'system', now()),
  ('PENALTY', 10, 'system', now());

-- Checklists for the three places and three enterprises (三场所三企业).
-- The items paraphrase 《工贸企业重大事故隐患判定标准》(应急管理部令第10号, 2023, in force 2023-05-15): its
-- general clauses, the 粉尘防爆, 液氨制冷 and 有限空间 clauses, and the 冶金/有色/机械 clauses
-- (涂装、熔融金属). They were TRANSCRIBED FROM MEMORY of the standard and must be checked against
-- the official text before use. major = TRUE: failing the item is a 重大事故隐患 under the standard;
-- FALSE: good practice from the same clauses' context, a general hazard. 船舶修造 has no clause of
-- its own in the standard as remembered; its items reuse the 有限空间 / 涂装 / general clauses.
CREATE TABLE inspection_checklist (
  code     TEXT PRIMARY KEY,
  position INT NOT NULL
);
INSERT INTO inspection_checklist (code, position) VALUES
  ('DUST', 1), ('CONFINED_SPACE', 2), ('SPRAYING', 3), ('AMMONIA', 4), ('METAL_SMELTING', 5),
  ('SHIP_REPAIR', 6);

CREATE TABLE inspection_checklist_item (
  id             BIGSERIAL PRIMARY KEY,
  checklist_code TEXT NOT NULL REFERENCES inspection_checklist (code),
  position       INT NOT NULL,
  text           TEXT NOT NULL,
  major          BOOLEAN NOT NULL,
  UNIQUE (checklist_code, position)
);
INSERT INTO inspection_checklist_item (checklist_code, position, text, major) VALUES
  ('DUST', 1, '粉尘爆炸危险场所未设在非框架结构多层建筑内，场所内无宿舍、办公室、休息室等人员聚集场所', TRUE),
  ('DUST', 2, '不同类别可燃性粉尘、粉尘与可燃气体，或不同建筑、防火分区未共用一套除尘系统', TRUE),
  ('DUST', 3, '干式除尘系统采取了泄爆、惰化、抑爆等至少一种爆炸防控措施', TRUE),
  ('DUST', 4, '未采用重力沉降室除尘或干式巷道式构筑物作为除尘风道', TRUE),
  ('DUST', 5, '铝镁等金属粉尘、木质粉尘的干式除尘系统设有锁气卸灰装置', TRUE),
  ('DUST', 6, '除尘器、收尘仓等20区场所的电气设备符合防爆要求', TRUE),
  ('DUST', 7, '落实粉尘清理制度，作业现场无严重积尘', TRUE),
  ('DUST', 8, '粉尘防爆安全培训和清扫记录齐全', FALSE),
  ('CONFINED_SPACE', 1, '已辨识有限空间，建立安全管理台账并设置明显的安全警示标志', TRUE),
  ('CONFINED_SPACE', 2, '有限空间作业经审批', TRUE),
  ('CONFINED_SPACE', 3, '执行“先通风、再检测、后作业”', TRUE),
  ('CONFINED_SPACE', 4, '作业现场设有监护人员', TRUE),
  ('CONFINED_SPACE', 5, '配备气体检测、通风、呼吸防护和应急救援器材', FALSE),
  ('CONFINED_SPACE', 6, '有限空间作业人员经专项安全培训', FALSE),
  ('SPRAYING', 1, '涂装调漆间和喷漆室规范设置可燃气体报警装置', TRUE),
  ('SPRAYING', 2, '涂装调漆间和喷漆室规范设置机械通风设施', TRUE),
  ('SPRAYING', 3, '使用易燃易爆稀释剂清洗设备时，及时清除地沟、地坑等处积聚的可燃气体', TRUE),
  ('SPRAYING', 4, '喷涂区域电气设备符合防爆要求，静电接地可靠', FALSE),
  ('SPRAYING', 5, '油漆、稀释剂按规定限量存放，废弃物及时清理', FALSE),
  ('AMMONIA', 1, '包装间、分割间、产品整理间等人员较多场所的空调系统未采用氨直接蒸发制冷', TRUE),
  ('AMMONIA', 2, '快速冻结装置设在单独作业间内，且作业间内作业人员不超过9人', TRUE),
  ('AMMONIA', 3, '氨制冷机房设有氨气浓度报警装置并与事故排风联锁', FALSE),
  ('AMMONIA', 4, '配备正压式空气呼吸器、防化服等应急器材并定期检查', FALSE),
  ('AMMONIA', 5, '特种作业人员（制冷与空调作业）持证上岗', TRUE),
  ('METAL_SMELTING', 1, '会议室、休息室、操作室等人员聚集场所未设在熔融金属吊运跨的地坪区域内', TRUE),
  ('METAL_SMELTING', 2, '生产期间事故坑、炉下渣坑及熔融金属泄漏喷溅影响区域无积水', TRUE),
  ('METAL_SMELTING', 3, '吊运熔融金属及渣的起重机符合冶金起重机相关要求', TRUE),
  ('METAL_SMELTING', 4, '熔炼炉水冷元件设有出水温度、进出水流量差监测报警装置', TRUE),
  ('METAL_SMELTING', 5, '熔融金属铸造环节设有紧急排放和应急储存设施', TRUE),
  ('METAL_SMELTING', 6, '主要负责人、安全生产管理人员经考核合格', TRUE),
  ('SHIP_REPAIR', 1, '船舱等有限空间作业经审批，执行“先通风、再检测、后作业”并设监护人员', TRUE),
  ('SHIP_REPAIR', 2, '船舱涂装作业设置机械通风和可燃气体检测报警', TRUE),
  ('SHIP_REPAIR', 3, '对承包单位的安全生产工作统一协调、管理并定期检查', TRUE),
  ('SHIP_REPAIR', 4, '特种作业人员（焊接、起重等）持证上岗', TRUE),
  ('SHIP_REPAIR', 5, '动火作业经审批，现场清除可燃物并配备灭火器材', FALSE),
  ('SHIP_REPAIR', 6, '船台、坞内高处作业设置防护栏杆和安全网', FALSE);

-- An inspection of an enterprise: planned (one per enterprise and month, from the plan) or ad hoc.
-- town_code is the enterprise's town (the plan assigns it to that town; it drives the data scope).
CREATE TABLE inspection (
  id               BIGSERIAL PRIMARY KEY,
  enterprise_uscc  TEXT NOT NULL,
  enterprise_name  TEXT NOT NULL,
  town_code        TEXT NOT NULL,
  plan_month       DATE,
  tier             TEXT,
  checklist_code   TEXT REFERENCES inspection_checklist (code),
  state            TEXT NOT NULL CHECK (state IN ('PLANNED', 'IN_PROGRESS', 'FINISHED')),
  inspector        TEXT,
  started_at       TIMESTAMPTZ,
  finished_at      TIMESTAMPTZ,
  created_at       TIMESTAMPTZ NOT NULL,
  synthetic        BOOLEAN NOT NULL DEFAULT FALSE,
  version          INT NOT NULL DEFAULT 0,
  CHECK (plan_month IS NULL OR EXTRACT(DAY FROM plan_month) = 1),
  CHECK (state = 'PLANNED' OR checklist_code IS NOT NULL)
);
-- Idempotent plan: at most one planned inspection per enterprise and month.
CREATE UNIQUE INDEX inspection_plan_uq ON inspection (enterprise_uscc, plan_month)
  WHERE plan_month IS NOT NULL;
CREATE INDEX inspection_town_idx ON inspection (town_code, id);
CREATE INDEX inspection_enterprise_idx ON inspection (enterprise_uscc, finished_at);

-- The answer to one checklist item; a FAIL becomes a hazard (hazard_id, with its latest state).
CREATE TABLE inspection_result (
  inspection_id BIGINT NOT NULL REFERENCES inspection (id),
  item_id       BIGINT NOT NULL REFERENCES inspection_checklist_item (id),
  outcome       TEXT NOT NULL CHECK (outcome IN ('PASS', 'FAIL', 'NA')),
  note          TEXT,
  hazard_id     BIGINT,
  hazard_state  TEXT,
  PRIMARY KEY (inspection_id, item_id)
);
CREATE INDEX inspection_result_hazard_idx ON inspection_result (hazard_id) WHERE hazard_id IS NOT NULL;

-- Violations found and the penalties imposed (行政处罚), recorded on the inspection.
CREATE TABLE inspection_violation (
  id             BIGSERIAL PRIMARY KEY,
  inspection_id  BIGINT NOT NULL REFERENCES inspection (id),
  violation      TEXT NOT NULL,
  legal_basis    TEXT NOT NULL,
  penalty_kind   TEXT NOT NULL CHECK (penalty_kind IN ('WARNING', 'FINE', 'SUSPENSION')),
  amount_yuan    NUMERIC(14, 2) CHECK (amount_yuan IS NULL OR amount_yuan >= 0),
  recorded_by    TEXT NOT NULL,
  recorded_at    TIMESTAMPTZ NOT NULL,
  CHECK ((penalty_kind = 'FINE') = (amount_yuan IS NOT NULL))
);
CREATE INDEX inspection_violation_inspection_idx ON inspection_violation (inspection_id);

-- The supervision tier of each enterprise as last computed (by the plan generation), so the plan
-- and the enforcement list need not ask the risk module about every enterprise on each read.
-- Only enterprises some rule applies to have a row.
CREATE TABLE inspection_supervision (
  enterprise_uscc  TEXT PRIMARY KEY,
  enterprise_name  TEXT NOT NULL,
  town_code        TEXT NOT NULL,
  risk_colour      TEXT,
  major_level      TEXT,
  tier             TEXT NOT NULL,
  frequency_months INT NOT NULL,
  refreshed_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX inspection_supervision_town_idx ON inspection_supervision (town_code);
