-- Search support: trigram index for "name contains" (works for Chinese names under a UTF-8
-- ctype; pg_trgm is a trusted extension since PostgreSQL 13, so the database owner may create it)
-- and a prefix index for GB/T 4754 industry code prefixes. Where pg_trgm is not available the
-- search still works, by sequential scan.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX enterprise_name_trgm_idx ON enterprise USING gin (lower(name) gin_trgm_ops);
  ELSE
    RAISE NOTICE 'pg_trgm not available: enterprise name search uses sequential scans';
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'no privilege to create pg_trgm: enterprise name search uses sequential scans';
END
$$;

DROP INDEX enterprise_industry_idx;
CREATE INDEX enterprise_industry_idx ON enterprise (industry_code text_pattern_ops, above_scale);
