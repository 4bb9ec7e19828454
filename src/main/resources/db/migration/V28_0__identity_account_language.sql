-- The language an account prefers (issue 4, point 7: notifications in the recipient's language).
-- Set when the signed-in user picks a language in the header; NULL means the default, zh-CN.
ALTER TABLE identity_account ADD COLUMN language TEXT
  CONSTRAINT identity_account_language_ck CHECK (language IN ('zh-CN', 'en'));
