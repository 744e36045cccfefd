-- The dashboard's timeline draws each contract from its start: kept from contract-renewals like the rest (null until
-- the contract's next event, for projections written before it was kept).
ALTER TABLE contract_projection ADD COLUMN start_date date;
