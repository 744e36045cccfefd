-- Links for clients that cannot send a token, shared by the services that hand them out. The secret itself is never
-- stored: only its SHA-256, looked up through a unique index. kind names the one view a link opens (calendar,
-- dashboard); scope is that view's own setting (a calendar's window). Revoked links stay, for the record.
-- Repeatable and idempotent: it runs after each service's own migrations.
CREATE TABLE IF NOT EXISTS secret_link (
    id           uuid         PRIMARY KEY,
    kind         varchar(20)  NOT NULL,
    secret_hash  varchar(64)  NOT NULL,
    council      varchar(16),
    label        varchar(200),
    scope        varchar(20),
    created_at   timestamp(6) with time zone NOT NULL,
    created_by   varchar(255) NOT NULL,
    last_used_at timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone
);
CREATE UNIQUE INDEX IF NOT EXISTS secret_link_secret_hash ON secret_link (secret_hash);
CREATE INDEX IF NOT EXISTS secret_link_kind_created_by ON secret_link (kind, created_by);
