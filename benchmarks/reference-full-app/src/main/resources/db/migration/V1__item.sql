-- The reference app's one table, as Hibernate would create it for Item.
CREATE TABLE item (
    id                   uuid          PRIMARY KEY,
    version              bigint,
    council              varchar(255),
    reference            varchar(255),
    title                varchar(255),
    description          varchar(255),
    supplier_name        varchar(255),
    capability           varchar(255),
    start_date           date,
    end_date             date,
    notice_period_months integer       NOT NULL,
    notice_deadline      date,
    annual_value         numeric(14,2),
    status               varchar(255)
);
