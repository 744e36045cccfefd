-- Each change to a projection is filed under its revision, with the capabilities it touched, so that a replica
-- reloads and replans only those capabilities, reading only the contracts that changed.
ALTER TABLE contract_projection ADD COLUMN revision bigint NOT NULL DEFAULT 0;
CREATE INDEX contract_projection_revision ON contract_projection (revision);
CREATE INDEX asset_projection_capability ON asset_projection (capability);

-- Per capability, the revision of the last change that touched it (its contracts or the assets that support it).
CREATE TABLE capability_revision (
    capability varchar(60) PRIMARY KEY,
    revision   bigint      NOT NULL
);

-- The revision of the last change after which every replica reads the projections whole (a contract removed, or
-- the projections emptied to be rebuilt): what changed cannot be told from the rows that remain.
ALTER TABLE projection_revision ADD COLUMN reread_from bigint NOT NULL DEFAULT 0;
