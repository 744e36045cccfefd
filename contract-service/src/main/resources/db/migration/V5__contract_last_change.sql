-- What the last change of a contract was, as its event names it (CREATED, OPTION_EXERCISED, ...): audited with the
-- rest, so that the history names each revision as the events do. Null for revisions made before it was kept.
ALTER TABLE contract ADD COLUMN last_change varchar(32);
ALTER TABLE contract_aud ADD COLUMN last_change varchar(32);
