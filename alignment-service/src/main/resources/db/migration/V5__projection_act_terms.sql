-- What the Procurement Act 2023's modification rules need of a contract (its regime and awarded maximum end), kept
-- from contract-renewals like the rest: null until the contract's next event carries them.
ALTER TABLE contract_projection ADD COLUMN regime varchar(7);
ALTER TABLE contract_projection ADD COLUMN awarded_maximum_end date;
