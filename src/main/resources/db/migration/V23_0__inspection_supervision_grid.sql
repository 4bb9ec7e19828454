-- The grid of each supervised enterprise (a snapshot of the registry's, like its name and town),
-- for the supervision list's grid filter. NULL on existing rows until the next refresh of the
-- register (monthly plan, a risk or tier-rule change) or the start-up pass filling missing grids;
-- NULL also for an enterprise without a location.
ALTER TABLE inspection_supervision ADD COLUMN grid_id BIGINT;
CREATE INDEX inspection_supervision_grid_idx ON inspection_supervision (grid_id)
  WHERE grid_id IS NOT NULL;
-- The list's order (strictest tier first) within the filters used most: the whole scope and a town.
CREATE INDEX inspection_supervision_list_idx
  ON inspection_supervision (tier, town_code, enterprise_name, enterprise_uscc);
