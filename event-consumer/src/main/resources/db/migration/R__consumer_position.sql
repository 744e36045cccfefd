-- Where each consumer of another service's events has got to: the offset of the next record to read, per partition.
-- Written in the same transaction as the projection the record changed, so the two never disagree; an empty table
-- (a new or emptied database) means "read the topic from its beginning". Repeatable and idempotent.
CREATE TABLE IF NOT EXISTS consumer_position (
    topic       varchar(255) NOT NULL,
    partition   integer      NOT NULL,
    next_offset bigint       NOT NULL,
    PRIMARY KEY (topic, partition)
);
