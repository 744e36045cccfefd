-- Who looks after a contract (DESIGN.md, "Reminders by email"): alignment-service reminds them before its deadlines.
ALTER TABLE contract ADD COLUMN owner_name varchar(200);
ALTER TABLE contract ADD COLUMN owner_email varchar(254);
ALTER TABLE contract_aud ADD COLUMN owner_name varchar(200);
ALTER TABLE contract_aud ADD COLUMN owner_email varchar(254);
