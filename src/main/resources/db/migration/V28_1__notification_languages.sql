-- Notices in the recipient's language (issue 4, point 7). A notice's title and body are Chinese
-- (zh-CN, the default); translations holds the same in other languages by ISO 639 code:
-- {"en": {"title": "...", "body": "..."}}. A delivery records the language of its recipient (NULL:
-- none, e.g. a department webhook, so Chinese), and channels send the text of that language.
ALTER TABLE notification_notice ADD COLUMN translations JSONB NOT NULL DEFAULT '{}';
ALTER TABLE notification_delivery ADD COLUMN language TEXT;
