-- Grid codes come from each town's 网格化 system, which numbers its own grids: a code is unique
-- within its town only. The (town_code, code) index also serves lookups by town.
ALTER TABLE area_grid DROP CONSTRAINT area_grid_code_key;
ALTER TABLE area_grid ADD CONSTRAINT area_grid_town_code_key UNIQUE (town_code, code);
DROP INDEX area_grid_town_idx;
