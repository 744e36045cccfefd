-- The transactional outbox, shared by every service that publishes events. Column names follow Debezium's outbox
-- event router (id, aggregatetype, aggregateid, type, payload), so the built-in relay can be replaced by Debezium.
-- aggregatetype is the topic, aggregateid the record key and CloudEvents subject, type the CloudEvents type;
-- payload is the event's JSON as written (text, not jsonb, so it is published byte for byte); null is a tombstone;
-- dataschema is the CloudEvents dataschema (the data's JSON Schema), null for a tombstone; traceparent and tracestate
-- are the W3C trace context of the transaction that wrote the event, null where tracing is off.
-- Repeatable and idempotent: it runs after each service's own migrations.
CREATE TABLE IF NOT EXISTS outbox_event (
    id            uuid PRIMARY KEY,
    aggregatetype varchar(255) NOT NULL,
    aggregateid   varchar(255) NOT NULL,
    type          varchar(255) NOT NULL,
    payload       text,
    sequence      bigint GENERATED ALWAYS AS IDENTITY,
    created_at    timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS outbox_event_sequence ON outbox_event (sequence);
ALTER TABLE outbox_event ALTER COLUMN payload TYPE text;
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS dataschema varchar(255);
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS traceparent varchar(55);
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS tracestate varchar(512);
