-- asset-service schema. Flyway owns it; Hibernate only validates.

CREATE TABLE asset (
    id                     uuid         PRIMARY KEY,
    version                bigint       NOT NULL,
    tag                    varchar(50)  NOT NULL,
    name                   varchar(200) NOT NULL,
    type                   varchar(12)  NOT NULL CHECK (type IN ('DESKTOP', 'LAPTOP', 'SERVER', 'NETWORK', 'TELEPHONY',
                                                               'PRINTER', 'APPLICATION', 'FACILITY', 'OTHER')),
    capability             varchar(60),
    councils               jsonb        NOT NULL,
    site                   varchar(200),
    responsible_party      varchar(200),
    criticality            varchar(8)   NOT NULL CHECK (criticality IN ('CRITICAL', 'HIGH', 'NORMAL')),
    monitored              boolean      NOT NULL,
    purchase_date          date,
    warranty_end           date,
    end_of_support         date,
    status                 varchar(8)   NOT NULL CHECK (status IN ('IN_USE', 'LEGACY', 'RETIRED')),
    supporting_contract_id uuid,
    created_at             timestamp(6) with time zone NOT NULL,
    updated_at             timestamp(6) with time zone NOT NULL,
    CONSTRAINT asset_tag_unique UNIQUE (tag),
    CONSTRAINT asset_warranty_not_before_purchase CHECK (warranty_end >= purchase_date),
    CONSTRAINT asset_support_not_before_purchase CHECK (end_of_support >= purchase_date)
);
CREATE INDEX asset_end_of_support ON asset (end_of_support);
CREATE INDEX asset_supporting_contract ON asset (supporting_contract_id);
CREATE INDEX asset_criticality ON asset (criticality);

-- The contracts assets may depend on, from contract-renewals (never from contract-service's database).
CREATE TABLE supporting_contract (
    id         uuid         PRIMARY KEY,
    version    bigint       NOT NULL,
    council    varchar(16)  NOT NULL,
    reference  varchar(100),
    title      varchar(300),
    end_date   date         NOT NULL,
    status     varchar(10)  NOT NULL,
    updated_at timestamp(6) with time zone NOT NULL
);

-- The capabilities catalogue, from the capabilities topic.
CREATE TABLE known_capability (
    code       varchar(60)  PRIMARY KEY,
    name       varchar(120) NOT NULL,
    cpv_code   varchar(10),
    updated_at timestamp(6) with time zone NOT NULL
);
