-- GB 18218-2018 Table 1 rows missing from the V10_0 seed, added to the version active when this
-- runs (the seeded GB 18218-2018 one on a new installation).
--
-- Provenance (details in src/main/resources/risk/PROVENANCE.md):
-- * Q (Table 1) of every row below was checked against a public transcription of the standard: a
--   generated seed SQL of GB 18218-2018 Tables 1–6 whose header says it was extracted from the
--   official PDF with every CAS check digit verified (a public GitHub repository; stored-index file
--   id 69838096272, page numbers 4–7 of the standard). It agrees with the task's values and with
--   /work/shared/docs/domain/emergency.md §2 where that lists the row.
-- * β of the named toxic gases is Table 3 (二氧化氮 10, 磷化氢 20, 溴甲烷 3, 一氧化碳 2 for 煤气),
--   from the same transcription and the domain notes.
-- * For every other row β comes from Table 4 by the hazard category recorded here. The standard does
--   not name a substance's category; it follows from its GHS classification. Where that
--   classification is not certain the note says [unsure] and the system admin can change the
--   categories (/admin/chemicals); a category change is audited and re-grades the sites.
-- * Skipped: 三氧化硫 (7446-11-9, Q 75): its GHS classes (skin corrosion 1A, eye damage 1, STOT SE 3)
--   match no Table 2 category, so Table 4 gives it no β; an admin can add it once a β is settled.
--
-- Rows without a CAS number get a catalogue code (CatalogueKey); carbon monoxide, which has no row of
-- its own in Table 1, resolves to the 煤气 row through an alias, and so do propane and butane, which
-- Table 1 lists under 液化石油气 together with 68476-85-7.

INSERT INTO risk_chemical (version_id, cas, name_zh, name_en, critical_quantity_t, beta, category_codes,
  toxic_gas, note, updated_by)
SELECT v.id, c.cas, c.name_zh, c.name_en, c.q, c.beta, c.categories, c.toxic, c.note, 'flyway'
FROM risk_catalogue_version v,
  (VALUES
    -- Named toxic gases of Table 3: own β.
    ('10102-44-0', '二氧化氮', 'Nitrogen dioxide', 1, 10, '', TRUE, NULL),
    ('7803-51-2', '磷化氢', 'Phosphine', 1, 20, '', TRUE, NULL),
    ('74-83-9', '溴甲烷', 'Methyl bromide', 10, 3, '', TRUE, NULL),
    ('GB18218-T1-COAL-GAS', '煤气（CO，CO和H₂、CH₄的混合物等）',
      'Town gas (CO; mixtures of CO with H₂, CH₄ etc.)', 20, 2, '', TRUE,
      'Table 1 row without CAS number; β 2 is Table 3 一氧化碳. Also stands for CO (630-08-0), which has no row of its own.'),
    -- Rows without CAS number, β by category.
    ('GB18218-T1-AN-FERTILIZER', '硝酸铵肥料（含可燃物≤0.4%）',
      'Ammonium nitrate fertiliser (≤ 0.4 % combustibles)', 200, NULL, 'W9.2', FALSE,
      'Table 1 row without CAS number. [unsure] category W9.2 (oxidising solid cat. 2/3) assumed; every W9 category gives β 1.'),
    ('GB18218-T1-AN-LOW-COMBUSTIBLES', '硝酸铵（含可燃物≤0.2%）',
      'Ammonium nitrate (≤ 0.2 % combustibles)', 50, NULL, 'W9.1', FALSE,
      'Table 1 lists it under CAS 6484-52-2 with the > 0.2 % grade (5 t); this code selects the 50 t row. [unsure] category W9.1 assumed; β 1 either way.'),
    -- Toxic gases not in Table 3: Table 4 by acute-toxicity category.
    ('7783-41-7', '二氟化氧', 'Oxygen difluoride', 1, NULL, 'J1,W4', FALSE,
      '[unsure] J1 (acute toxicity cat. 1, gas: 剧毒) gives β 4; if cat. 2/3 (J3) β would be 2'),
    ('7782-41-4', '氟', 'Fluorine', 1, NULL, 'J1,W4', FALSE,
      '[unsure] J1 (acute toxicity cat. 1, gas: 剧毒) gives β 4; EU CLP lists Acute Tox. 2*, which would be J3, β 2'),
    ('7784-42-1', '砷化氢', 'Arsine', 1, NULL, 'J1,W2', FALSE,
      '[unsure] J1 (acute toxicity cat. 1, gas: 剧毒) gives β 4; if cat. 2/3 (J3) β would be 2'),
    ('7803-52-3', '锑化氢', 'Stibine', 1, NULL, 'J1,W2', FALSE,
      '[unsure] J1 (acute toxicity cat. 1, gas: 剧毒) gives β 4; if cat. 2/3 (J3) β would be 2'),
    ('7783-07-5', '硒化氢', 'Hydrogen selenide', 1, NULL, 'J1,W2', FALSE,
      '[unsure] J1 (acute toxicity cat. 1, gas: 剧毒) gives β 4; if cat. 2/3 (J3) β would be 2'),
    -- Toxic liquids: J2 (cat. 1) and J5 (cat. 2/3) both give β 1.
    ('75-86-5', '丙酮氰醇', 'Acetone cyanohydrin', 20, NULL, 'J2', FALSE, NULL),
    ('107-02-8', '丙烯醛', 'Acrolein', 20, NULL, 'J2,W5.3', FALSE,
      '[unsure] W5.3 (flammable liquid cat. 2) gives β 1; handled above its boiling point it is W5.1, β 1.5'),
    ('106-89-8', '环氧氯丙烷', 'Epichlorohydrin', 20, NULL, 'J5,W5.4', FALSE, NULL),
    ('26471-62-5', '甲苯二异氰酸酯', 'Toluene diisocyanate', 100, NULL, 'J5', FALSE, NULL),
    ('10025-67-9', '一氯化硫', 'Sulphur monochloride', 1, NULL, 'J5', FALSE,
      '[unsure] acute toxicity category assumed J5; J2 would give the same β 1'),
    ('7726-95-6', '溴', 'Bromine', 20, NULL, 'J5', FALSE,
      'Acute toxicity cat. 2 by inhalation, a liquid boiling at 59 °C: J5 (J4 needs a boiling point ≤ 35 °C)'),
    -- Oxidising solid, flammable gas.
    ('7757-79-1', '硝酸钾', 'Potassium nitrate', 1000, NULL, 'W9.2', FALSE, NULL),
    ('115-10-6', '二甲醚', 'Dimethyl ether', 50, NULL, 'W2', FALSE, NULL)
  ) AS c (cas, name_zh, name_en, q, beta, categories, toxic, note)
WHERE v.active;

INSERT INTO risk_chemical_alias (version_id, cas, chemical_id)
SELECT c.version_id, a.alias, c.id
FROM risk_chemical c
JOIN risk_catalogue_version v ON v.id = c.version_id AND v.active
JOIN (VALUES
    ('GB18218-T1-COAL-GAS', '630-08-0'),  -- carbon monoxide
    ('68476-85-7', '74-98-6'),            -- propane (Table 1: 液化石油气 含丙烷、丁烷及其混合物)
    ('68476-85-7', '106-97-8')            -- butane
  ) AS a (key, alias) ON a.key = c.cas;

-- The > 0.2 % ammonium nitrate row now has a sibling for the ≤ 0.2 % grade; say so, unless an admin
-- has already rewritten the note.
UPDATE risk_chemical c SET note =
  'Table 1 lists 5 t (> 0.2 % combustibles) and 50 t (≤ 0.2 %) under this CAS number; the CAS number gives the stricter 5 t, code GB18218-T1-AN-LOW-COMBUSTIBLES the 50 t row. [unsure] category W9.1 assumed'
FROM risk_catalogue_version v
WHERE v.id = c.version_id AND v.active AND c.cas = '6484-52-2'
  AND c.note = '[unsure] the standard lists 5 t (> 0.2 % combustibles) and 50 t (≤ 0.2 %) under the same CAS; the stricter value is kept; category W9.1 assumed';
