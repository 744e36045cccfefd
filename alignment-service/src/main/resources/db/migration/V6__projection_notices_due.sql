-- The Find a Tender notices each contract owes and has not published, as contract-renewals carries them, and the
-- earliest of their due dates, so that the dashboard finds what is due without reading every contract.
ALTER TABLE contract_projection ADD COLUMN statutory_notices_due jsonb NOT NULL DEFAULT '[]';
ALTER TABLE contract_projection ADD COLUMN next_notice_due date;
CREATE INDEX contract_projection_next_notice_due ON contract_projection (next_notice_due) WHERE next_notice_due IS NOT NULL;
