-- alignment-service schema. Flyway owns it; Hibernate only validates.

-- What this service knows of the contracts, from contract-renewals (never from contract-service's database).
CREATE TABLE contract_projection (
    id                    uuid          PRIMARY KEY,
    version               bigint        NOT NULL,
    council               varchar(16)   NOT NULL,
    capability            varchar(60)   NOT NULL,
    reference             varchar(100),
    title                 varchar(300),
    supplier_name         varchar(200),
    end_date              date          NOT NULL,
    notice_period_months  integer       NOT NULL,
    renewal_type          varchar(5)    NOT NULL,
    renewal_period_months integer,
    available_options     jsonb         NOT NULL,
    annual_value          numeric(14,2) NOT NULL,
    status                varchar(10)   NOT NULL,
    updated_at            timestamp(6) with time zone NOT NULL
);
CREATE INDEX contract_projection_status ON contract_projection (status);

-- What it knows of the assets, from asset-lifecycle: enough to tell which capabilities are urgent.
CREATE TABLE asset_projection (
    id             uuid        PRIMARY KEY,
    version        bigint      NOT NULL,
    capability     varchar(60),
    end_of_support date,
    status         varchar(10) NOT NULL,
    updated_at     timestamp(6) with time zone NOT NULL
);

-- Increases with every change to a projection, so that each replica knows when its planning data is stale.
CREATE TABLE projection_revision (
    id       integer PRIMARY KEY CHECK (id = 1),
    revision bigint  NOT NULL
);
INSERT INTO projection_revision (id, revision) VALUES (1, 0);

-- Alignment plans: an opportunity adopted, as it was then, and its progress.
CREATE TABLE alignment_plan (
    id                   uuid          PRIMARY KEY,
    version              bigint        NOT NULL,
    capability           varchar(60)   NOT NULL,
    status               varchar(16)   NOT NULL CHECK (status IN ('IDENTIFIED', 'APPROVED', 'IN_PROCUREMENT', 'AWARDED', 'IMPLEMENTED', 'CANCELLED')),
    target_date          date          NOT NULL,
    procurement_start    date          NOT NULL,
    as_of                date          NOT NULL,
    lead_time_months     integer       NOT NULL,
    max_bridge_months    integer       NOT NULL,
    councils             jsonb         NOT NULL,
    contracts            jsonb         NOT NULL,
    unaligned_spend      numeric(16,2) NOT NULL,
    annual_spend_covered numeric(16,2) NOT NULL,
    created_at           timestamp(6) with time zone NOT NULL,
    updated_at           timestamp(6) with time zone NOT NULL
);
CREATE INDEX alignment_plan_capability ON alignment_plan (capability);
-- At most one open plan per capability.
CREATE UNIQUE INDEX alignment_plan_one_open_per_capability ON alignment_plan (capability)
    WHERE status NOT IN ('IMPLEMENTED', 'CANCELLED');
