-- What the Local Government Transparency Code 2015 asks councils to publish about a contract, beyond what BuyOnce
-- held already: a description, the department responsible, VAT that cannot be recovered, and whether the supplier is
-- a small or medium-sized enterprise and/or a voluntary or community sector organisation (null: not recorded).
ALTER TABLE contract ADD COLUMN description varchar(2000);
ALTER TABLE contract ADD COLUMN department varchar(200);
ALTER TABLE contract ADD COLUMN irrecoverable_vat numeric(14,2) CHECK (irrecoverable_vat >= 0);
ALTER TABLE contract ADD COLUMN supplier_sme boolean;
ALTER TABLE contract ADD COLUMN supplier_vcse boolean;

ALTER TABLE contract_aud ADD COLUMN description varchar(2000);
ALTER TABLE contract_aud ADD COLUMN department varchar(200);
ALTER TABLE contract_aud ADD COLUMN irrecoverable_vat numeric(14,2);
ALTER TABLE contract_aud ADD COLUMN supplier_sme boolean;
ALTER TABLE contract_aud ADD COLUMN supplier_vcse boolean;
