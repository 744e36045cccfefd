-- A contract's successor (DESIGN.md, "From plan to joint contract"): the plan a joint contract was procured for, the
-- contracts a contract replaces, and on each replaced contract the one that replaced it.
ALTER TABLE contract ADD COLUMN plan_id uuid;
ALTER TABLE contract ADD COLUMN replaces jsonb NOT NULL DEFAULT '[]';
ALTER TABLE contract ADD COLUMN replaced_by uuid;

ALTER TABLE contract_aud ADD COLUMN plan_id uuid;
ALTER TABLE contract_aud ADD COLUMN replaces jsonb;
ALTER TABLE contract_aud ADD COLUMN replaced_by uuid;
UPDATE contract_aud SET replaces = '[]' WHERE start_date IS NOT NULL;
