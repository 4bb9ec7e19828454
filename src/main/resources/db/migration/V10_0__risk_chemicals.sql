-- Hazardous-chemicals catalogue and the GB 18218-2018 reference tables (危险化学品重大危险源辨识).
-- Reference data is versioned: the standard changed in 2000, 2009 and 2018 and old values still
-- circulate, so every row belongs to a catalogue version and exactly one version is active.
-- Values come from /work/shared/docs/domain/emergency.md §2; the notes could not read the official
-- text in full, so rows carry a note where the value is [unsure] and admins can correct them
-- (/admin/chemicals, every change kept in risk_chemical_history and the audit trail).
CREATE TABLE risk_catalogue_version (
  id         BIGSERIAL PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE,
  title      TEXT NOT NULL,
  active     BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX risk_catalogue_version_one_active ON risk_catalogue_version (active) WHERE active;

-- GB 18218-2018 Table 2 (临界量 Q by hazard category) joined with Table 4 (校正系数 β by category).
CREATE TABLE risk_hazard_category (
  version_id          BIGINT NOT NULL REFERENCES risk_catalogue_version (id),
  code                TEXT NOT NULL,
  name_zh             TEXT NOT NULL,
  name_en             TEXT NOT NULL,
  critical_quantity_t NUMERIC(14, 3) NOT NULL CHECK (critical_quantity_t > 0),
  beta                NUMERIC(8, 3) NOT NULL CHECK (beta > 0),
  note                TEXT,
  PRIMARY KEY (version_id, code)
);

-- §4.3 α: population within 500 m outside the boundary; a band runs from min_population up to the
-- next band's minimum.
CREATE TABLE risk_alpha_band (
  version_id     BIGINT NOT NULL REFERENCES risk_catalogue_version (id),
  min_population INT NOT NULL CHECK (min_population >= 0),
  alpha          NUMERIC(8, 3) NOT NULL CHECK (alpha > 0),
  note           TEXT,
  PRIMARY KEY (version_id, min_population)
);

-- §4.3 grading: a level applies from min_r up to the next level's minimum.
CREATE TABLE risk_level_band (
  version_id BIGINT NOT NULL REFERENCES risk_catalogue_version (id),
  level      TEXT NOT NULL CHECK (level IN ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4')),
  min_r      NUMERIC(14, 3) NOT NULL CHECK (min_r >= 0),
  PRIMARY KEY (version_id, level)
);

-- GB 18218-2018 Table 1 (named chemicals, Q) and Table 3 (β of named toxic gases). beta NULL: β comes
-- from the category table (Table 4) through category_codes (comma-separated Table 2 codes).
CREATE TABLE risk_chemical (
  id                  BIGSERIAL PRIMARY KEY,
  version_id          BIGINT NOT NULL REFERENCES risk_catalogue_version (id),
  cas                 TEXT NOT NULL,
  name_zh             TEXT NOT NULL,
  name_en             TEXT,
  critical_quantity_t NUMERIC(14, 3) NOT NULL CHECK (critical_quantity_t > 0),
  beta                NUMERIC(8, 3) CHECK (beta > 0),
  category_codes      TEXT NOT NULL DEFAULT '',
  toxic_gas           BOOLEAN NOT NULL DEFAULT FALSE,
  note                TEXT,
  updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_by          TEXT,
  version             INT NOT NULL DEFAULT 0,
  UNIQUE (version_id, cas)
);
CREATE INDEX risk_chemical_name_idx ON risk_chemical (version_id, name_zh);

-- Every admin change of a catalogue entry, shown on the entry's page (the audit trail has the same
-- change, but only the audit admin reads it).
CREATE TABLE risk_chemical_history (
  id           BIGSERIAL PRIMARY KEY,
  chemical_id  BIGINT NOT NULL REFERENCES risk_chemical (id),
  changed_at   TIMESTAMPTZ NOT NULL,
  changed_by   TEXT NOT NULL,
  action       TEXT NOT NULL CHECK (action IN ('CREATE', 'UPDATE')),
  before_state JSONB,
  after_state  JSONB NOT NULL
);
CREATE INDEX risk_chemical_history_chemical_idx ON risk_chemical_history (chemical_id, changed_at DESC);

INSERT INTO risk_catalogue_version (code, title, active)
VALUES ('GB 18218-2018', 'GB 18218-2018 危险化学品重大危险源辨识', TRUE);

INSERT INTO risk_hazard_category (version_id, code, name_zh, name_en, critical_quantity_t, beta, note)
SELECT v.id, c.code, c.name_zh, c.name_en, c.q, c.beta, c.note
FROM risk_catalogue_version v,
  (VALUES
    ('J1', '急性毒性，类别1，气体', 'Acute toxicity cat. 1, gas', 5, 4, NULL),
    ('J2', '急性毒性，类别1，固体、液体', 'Acute toxicity cat. 1, solid/liquid', 50, 1, NULL),
    ('J3', '急性毒性，类别2、3，气体', 'Acute toxicity cat. 2/3, gas', 50, 2, NULL),
    ('J4', '急性毒性，类别2、3，吸入性液体（沸点≤35℃）', 'Acute toxicity cat. 2/3, inhalable liquid (bp ≤ 35 °C)', 50, 2, NULL),
    ('J5', '急性毒性，类别2、3，其他固体、液体', 'Acute toxicity cat. 2/3, other solid/liquid', 500, 1, NULL),
    ('W1.1', '爆炸物（不稳定爆炸物、1.1项）', 'Explosives (unstable, div. 1.1)', 1, 2, NULL),
    ('W1.2', '爆炸物（1.2、1.3、1.5、1.6项）', 'Explosives (div. 1.2/1.3/1.5/1.6)', 10, 2, NULL),
    ('W1.3', '爆炸物（1.4项）', 'Explosives (div. 1.4)', 50, 2, NULL),
    ('W2', '易燃气体（类别1、2）', 'Flammable gases (cat. 1/2)', 10, 1.5, NULL),
    ('W3', '气溶胶', 'Aerosols', 150, 1, NULL),
    ('W4', '氧化性气体', 'Oxidising gases', 50, 1, NULL),
    ('W5.1', '易燃液体（类别1；类别2、3工作温度高于沸点）', 'Flammable liquids (cat. 1; cat. 2/3 above boiling point)', 10, 1.5, NULL),
    ('W5.2', '易燃液体（类别2、3，具有引发重大事故的特殊工艺条件）', 'Flammable liquids (cat. 2/3, special process conditions)', 50, 1, NULL),
    ('W5.3', '易燃液体（其他类别2）', 'Flammable liquids (other cat. 2)', 1000, 1, NULL),
    ('W5.4', '易燃液体（其他类别3）', 'Flammable liquids (other cat. 3)', 5000, 1, NULL),
    ('W6.1', '自反应物质和混合物（A型、B型）', 'Self-reactive substances (types A/B)', 10, 1.5, NULL),
    ('W6.2', '自反应物质和混合物（C型至F型）', 'Self-reactive substances (types C–F)', 50, 1, NULL),
    ('W7.1', '有机过氧化物（A型、B型）', 'Organic peroxides (types A/B)', 10, 1.5, NULL),
    ('W7.2', '有机过氧化物（C型至F型）', 'Organic peroxides (types C–F)', 50, 1, NULL),
    ('W8', '自燃液体和自燃固体', 'Pyrophoric liquids and solids', 50, 1, NULL),
    ('W9.1', '氧化性固体和液体（类别1）', 'Oxidising solids and liquids (cat. 1)', 50, 1, NULL),
    ('W9.2', '氧化性固体和液体（类别2、3）', 'Oxidising solids and liquids (cat. 2/3)', 200, 1, NULL),
    ('W10', '易燃固体', 'Flammable solids', 200, 1, NULL),
    ('W11', '遇水放出易燃气体的物质和混合物', 'Substances emitting flammable gases with water', 200, 1, NULL)
  ) AS c (code, name_zh, name_en, q, beta, note)
WHERE v.code = 'GB 18218-2018';

INSERT INTO risk_alpha_band (version_id, min_population, alpha, note)
SELECT v.id, b.min_population, b.alpha, NULL
FROM risk_catalogue_version v,
  (VALUES (0, 0.5), (1, 1.0), (30, 1.2), (50, 1.5), (100, 2.0)) AS b (min_population, alpha)
WHERE v.code = 'GB 18218-2018';

INSERT INTO risk_level_band (version_id, level, min_r)
SELECT v.id, l.level, l.min_r
FROM risk_catalogue_version v,
  (VALUES ('LEVEL_1', 100), ('LEVEL_2', 50), ('LEVEL_3', 10), ('LEVEL_4', 0)) AS l (level, min_r)
WHERE v.code = 'GB 18218-2018';

INSERT INTO risk_chemical (version_id, cas, name_zh, name_en, critical_quantity_t, beta, category_codes,
  toxic_gas, note, updated_by)
SELECT v.id, c.cas, c.name_zh, c.name_en, c.q, c.beta, c.categories, c.toxic, c.note, 'flyway'
FROM risk_catalogue_version v,
  (VALUES
    ('7782-50-5', '氯（液氯）', 'Chlorine', 5, 4, '', TRUE, NULL),
    ('7664-41-7', '氨（液氨）', 'Ammonia', 10, 2, '', TRUE, NULL),
    ('7783-06-4', '硫化氢', 'Hydrogen sulphide', 5, 5, '', TRUE, NULL),
    ('75-21-8', '环氧乙烷', 'Ethylene oxide', 10, 2, '', TRUE, NULL),
    ('7446-09-5', '二氧化硫', 'Sulphur dioxide', 20, 2, '', TRUE, NULL),
    ('7647-01-0', '氯化氢（无水）', 'Hydrogen chloride (anhydrous)', 20, 3, '', TRUE, NULL),
    ('74-90-8', '氰化氢', 'Hydrogen cyanide', 1, 10, '', TRUE, NULL),
    ('7664-39-3', '氟化氢', 'Hydrogen fluoride', 1, 5, '', TRUE, NULL),
    ('75-44-5', '光气（碳酰氯）', 'Phosgene', 0.3, 20, '', TRUE, NULL),
    ('624-83-9', '异氰酸甲酯', 'Methyl isocyanate', 0.75, 20, '', TRUE, NULL),
    ('50-00-0', '甲醛（含量>90%）', 'Formaldehyde (> 90 %)', 5, NULL, 'J3,W2', FALSE,
      '[unsure] β not in the domain notes; hazard categories J3/W2 assumed, check against the standard'),
    ('74-82-8', '甲烷', 'Methane', 50, NULL, 'W2', FALSE, NULL),
    ('8006-14-2', '天然气', 'Natural gas', 50, NULL, 'W2', FALSE, NULL),
    ('68476-85-7', '液化石油气', 'Liquefied petroleum gas', 50, NULL, 'W2', FALSE, NULL),
    ('1333-74-0', '氢', 'Hydrogen', 5, NULL, 'W2', FALSE, NULL),
    ('74-86-2', '乙炔', 'Acetylene', 1, NULL, 'W2', FALSE, NULL),
    ('74-85-1', '乙烯', 'Ethylene', 50, NULL, 'W2', FALSE, NULL),
    ('75-01-4', '氯乙烯', 'Vinyl chloride', 50, NULL, 'W2', FALSE, NULL),
    ('106-99-0', '1,3-丁二烯', '1,3-Butadiene', 5, NULL, 'W2', FALSE, NULL),
    ('71-43-2', '苯', 'Benzene', 50, NULL, 'W5.3', FALSE, '[unsure] category W5.3 (β 1) is the typical case'),
    ('108-88-3', '甲苯', 'Toluene', 500, NULL, 'W5.3', FALSE, NULL),
    ('67-56-1', '甲醇', 'Methanol', 500, NULL, 'W5.3', FALSE, NULL),
    ('64-17-5', '乙醇', 'Ethanol', 500, NULL, 'W5.3', FALSE, NULL),
    ('86290-81-5', '汽油（含乙醇汽油、甲醇汽油）', 'Gasoline (incl. ethanol/methanol blends)', 200, NULL, 'W5.1', FALSE,
      '[unsure] β 1.5 assumes flammable liquid cat. 1 (W5.1); W5.3 would give β 1'),
    ('67-64-1', '丙酮', 'Acetone', 500, NULL, 'W5.3', FALSE, NULL),
    ('141-78-6', '乙酸乙酯', 'Ethyl acetate', 500, NULL, 'W5.3', FALSE, NULL),
    ('7782-44-7', '氧（压缩的或液化的）', 'Oxygen (compressed or liquefied)', 200, NULL, 'W4', FALSE, NULL),
    ('6484-52-2', '硝酸铵（含可燃物>0.2%）', 'Ammonium nitrate (> 0.2 % combustibles)', 5, NULL, 'W9.1', FALSE,
      '[unsure] the standard lists 5 t (> 0.2 % combustibles) and 50 t (≤ 0.2 %) under the same CAS; the stricter value is kept; category W9.1 assumed'),
    ('75-20-7', '碳化钙（电石）', 'Calcium carbide', 100, NULL, 'W11', FALSE, NULL)
  ) AS c (cas, name_zh, name_en, q, beta, categories, toxic, note)
WHERE v.code = 'GB 18218-2018';
