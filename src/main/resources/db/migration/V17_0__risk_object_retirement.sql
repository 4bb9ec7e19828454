-- Retiring a risk object (注销: the works closed, the pond was filled in, the object was entered by
-- mistake). Its risk points and their append-only assessments stay as history, so the row cannot
-- be deleted; a retired object leaves the lists, maps and town counts, and its current colour is
-- cleared, so it no longer feeds its enterprise's safety code or supervision tier.
ALTER TABLE risk_object
  ADD COLUMN retired_at    TIMESTAMPTZ,
  ADD COLUMN retired_by    TEXT,
  ADD COLUMN retire_reason TEXT,
  ADD CONSTRAINT risk_object_retired_has_reason
    CHECK ((retired_at IS NULL) = (retire_reason IS NULL)),
  ADD CONSTRAINT risk_object_retired_has_no_colour
    CHECK (retired_at IS NULL OR current_colour IS NULL);
