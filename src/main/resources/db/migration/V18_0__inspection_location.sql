-- Where an inspected enterprise lies, kept on the inspection like its name and town (a snapshot
-- taken when the inspection is planned or started): the plan and the inspection list filter by
-- grid, and the map layer places inspections without asking the enterprise registry per point.
-- located is FALSE until the location has been looked up (rows from before this migration and
-- planned rows are looked up in bulk after each plan run and at start-up); an enterprise without
-- coordinates leaves lon/lat/grid_id NULL with located TRUE.
ALTER TABLE inspection
  ADD COLUMN lon     DOUBLE PRECISION,
  ADD COLUMN lat     DOUBLE PRECISION,
  ADD COLUMN grid_id BIGINT,
  ADD COLUMN located BOOLEAN NOT NULL DEFAULT FALSE,
  ADD CONSTRAINT inspection_location_pair CHECK ((lon IS NULL) = (lat IS NULL));
CREATE INDEX inspection_grid_idx ON inspection (grid_id) WHERE grid_id IS NOT NULL;
CREATE INDEX inspection_unlocated_idx ON inspection (enterprise_uscc) WHERE NOT located;
