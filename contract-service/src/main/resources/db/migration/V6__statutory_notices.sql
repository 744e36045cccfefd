-- What the Procurement Act 2023's notices need to know of a contract (DESIGN.md, "Statutory notices"), the notices
-- published for it, and the modifications beyond the Act's 10% limits that each owe a change notice.
-- Existing contracts take the defaults: the Act if they started once it was in force (2025-02-24), VAT at 20%, and as
-- awarded maximum term their end plus every option not yet exercised (options add up from the end, month ends staying
-- month ends, as org.buyonce.dates.Months does), or their end for TACIT.
ALTER TABLE contract ADD COLUMN regime varchar(7);
ALTER TABLE contract ADD COLUMN entered_into_on date;
ALTER TABLE contract ADD COLUMN awarded_maximum_end date;
ALTER TABLE contract ADD COLUMN vat_rate numeric(5,2) NOT NULL DEFAULT 20;
ALTER TABLE contract ADD COLUMN kpis jsonb NOT NULL DEFAULT '[]';
ALTER TABLE contract ADD COLUMN supplier_ppon varchar(20);

UPDATE contract SET regime = CASE WHEN start_date >= DATE '2025-02-24' THEN 'PA2023' ELSE 'PCR2015' END;
UPDATE contract c SET awarded_maximum_end = CASE
    WHEN c.renewal_type = 'TACIT' THEN c.end_date
    WHEN c.end_date = (date_trunc('month', c.end_date) + interval '1 month - 1 day')::date
        THEN (date_trunc('month', c.end_date + make_interval(months => o.months::int)) + interval '1 month - 1 day')::date
    ELSE (c.end_date + make_interval(months => o.months::int))::date END
FROM (SELECT id, (SELECT coalesce(sum((option ->> 'months')::int), 0) FROM jsonb_array_elements(extension_options) option
                  WHERE option ->> 'status' <> 'EXERCISED') AS months FROM contract) o
WHERE o.id = c.id;
ALTER TABLE contract ALTER COLUMN regime SET NOT NULL;
ALTER TABLE contract ALTER COLUMN awarded_maximum_end SET NOT NULL;

ALTER TABLE contract_aud ADD COLUMN regime varchar(7);
ALTER TABLE contract_aud ADD COLUMN entered_into_on date;
ALTER TABLE contract_aud ADD COLUMN awarded_maximum_end date;
ALTER TABLE contract_aud ADD COLUMN vat_rate numeric(5,2);
ALTER TABLE contract_aud ADD COLUMN kpis jsonb;
ALTER TABLE contract_aud ADD COLUMN supplier_ppon varchar(20);

-- Earlier revisions as they would have been: their history reads them with the same rules.
UPDATE contract_aud SET regime = CASE WHEN start_date >= DATE '2025-02-24' THEN 'PA2023' ELSE 'PCR2015' END, vat_rate = 20,
    kpis = '[]' WHERE start_date IS NOT NULL;
UPDATE contract_aud a SET awarded_maximum_end = CASE
    WHEN a.renewal_type = 'TACIT' THEN a.end_date
    WHEN a.end_date = (date_trunc('month', a.end_date) + interval '1 month - 1 day')::date
        THEN (date_trunc('month', a.end_date + make_interval(months => o.months::int)) + interval '1 month - 1 day')::date
    ELSE (a.end_date + make_interval(months => o.months::int))::date END
FROM (SELECT id, rev, (SELECT coalesce(sum((option ->> 'months')::int), 0) FROM jsonb_array_elements(extension_options) option
                       WHERE option ->> 'status' <> 'EXERCISED') AS months FROM contract_aud WHERE end_date IS NOT NULL) o
WHERE o.id = a.id AND o.rev = a.rev;

CREATE TABLE contract_notice (
    id           uuid          PRIMARY KEY,
    contract_id  uuid          NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    type         varchar(4)    NOT NULL,
    published_on date          NOT NULL,
    notice_id    varchar(100)  NOT NULL,
    url          varchar(2000),
    recorded_at  timestamp(6) with time zone NOT NULL,
    recorded_by  varchar(255)  NOT NULL,
    -- The contract's version the recording made: its releases from that version on carry the notice.
    contract_version bigint    NOT NULL,
    UNIQUE (contract_id, notice_id)
);
CREATE INDEX contract_notice_contract ON contract_notice (contract_id);

CREATE TABLE contract_modification (
    id          uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
    recorded_on date NOT NULL,
    description varchar(500) NOT NULL
);
CREATE INDEX contract_modification_contract ON contract_modification (contract_id);
