-- Emergency plans (应急预案, issue 5 must-have 2): one plan per incident type. The body (the
-- shape of org.shuzhi.command.internal.plans.PlanBody: levels Ⅰ–Ⅳ with triggers, tasks, supplies
-- and team kinds) is validated by the application before it is saved.
CREATE TABLE command_plan (
  id             BIGSERIAL PRIMARY KEY,
  incident_type  TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  body           JSONB NOT NULL,
  synthetic      BOOLEAN NOT NULL DEFAULT FALSE,
  version        INT NOT NULL DEFAULT 1,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by     TEXT NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_by     TEXT NOT NULL
);
