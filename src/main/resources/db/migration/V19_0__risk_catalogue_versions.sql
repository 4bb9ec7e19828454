-- Switchable catalogue versions (issue 3, must-have 2). When GB 18218 is revised, the system admin
-- copies the active version into a draft, edits the draft without touching live grades, then
-- activates it: one version is active at a time (risk_catalogue_version_one_active), activation
-- re-grades every site and is kept in risk_catalogue_activation and the audit trail. Earlier
-- versions stay readable. A version's state follows from two columns:
--   active                      → ACTIVE
--   not active, activated_at    → RETIRED (was active once; read-only, may be activated again)
--   not active, no activated_at → DRAFT (editable, may be deleted)
ALTER TABLE risk_catalogue_version
  ADD COLUMN based_on_id  BIGINT REFERENCES risk_catalogue_version (id),
  ADD COLUMN created_by   TEXT,
  ADD COLUMN activated_at TIMESTAMPTZ,
  ADD COLUMN activated_by TEXT;

UPDATE risk_catalogue_version SET created_by = 'flyway';
UPDATE risk_catalogue_version SET activated_at = created_at, activated_by = 'flyway' WHERE active;

-- Every activation: who switched from which version to which, and what the re-grading changed.
CREATE TABLE risk_catalogue_activation (
  id                  BIGSERIAL PRIMARY KEY,
  version_id          BIGINT NOT NULL REFERENCES risk_catalogue_version (id),
  previous_version_id BIGINT REFERENCES risk_catalogue_version (id),
  activated_at        TIMESTAMPTZ NOT NULL,
  activated_by        TEXT NOT NULL,
  sites_regraded      INT NOT NULL CHECK (sites_regraded >= 0),
  levels_changed      INT NOT NULL CHECK (levels_changed >= 0)
);
CREATE INDEX risk_catalogue_activation_at_idx ON risk_catalogue_activation (activated_at DESC, id DESC);

INSERT INTO risk_catalogue_activation (version_id, activated_at, activated_by, sites_regraded,
  levels_changed)
SELECT id, created_at, 'flyway', 0, 0 FROM risk_catalogue_version WHERE active;

-- GB 18218-2018 Table 1 has rows without a CAS number (煤气, 硝酸铵肥料, 烷基铝 …): such a row is
-- keyed by a catalogue code that the API and the forms accept in place of a CAS number.
COMMENT ON COLUMN risk_chemical.cas IS
  'Catalogue key: the CAS number, or for a GB 18218-2018 Table 1 row without one a catalogue code '
  'such as GB18218-T1-COAL-GAS (letters, digits, hyphens; starts with a letter).';

-- Further CAS numbers a row covers, e.g. carbon monoxide (630-08-0) under 煤气, propane and butane
-- under 液化石油气. Unique per version, so a CAS number resolves to one row.
CREATE TABLE risk_chemical_alias (
  version_id  BIGINT NOT NULL REFERENCES risk_catalogue_version (id),
  cas         TEXT NOT NULL,
  chemical_id BIGINT NOT NULL REFERENCES risk_chemical (id) ON DELETE CASCADE,
  PRIMARY KEY (version_id, cas)
);
CREATE INDEX risk_chemical_alias_chemical_idx ON risk_chemical_alias (chemical_id);

-- The catalogue version that produced a site's stored grade (shown on the site's page).
ALTER TABLE risk_mh_site
  ADD COLUMN catalogue_version_id BIGINT REFERENCES risk_catalogue_version (id);
UPDATE risk_mh_site SET catalogue_version_id = (SELECT id FROM risk_catalogue_version WHERE active);
