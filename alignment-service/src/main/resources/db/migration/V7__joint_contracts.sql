-- From plan to joint contract (DESIGN.md): what contract-renewals says of a contract's successions, and on a plan the
-- joint contract that names it, its start (the plan is IMPLEMENTED from then) and what of it does not match the plan.
ALTER TABLE contract_projection ADD COLUMN plan_id uuid;
ALTER TABLE contract_projection ADD COLUMN replaces jsonb NOT NULL DEFAULT '[]';
ALTER TABLE contract_projection ADD COLUMN replaced_by uuid;
ALTER TABLE contract_projection ADD COLUMN participant_councils jsonb NOT NULL DEFAULT '[]';

ALTER TABLE alignment_plan ADD COLUMN joint_contract_id uuid;
ALTER TABLE alignment_plan ADD COLUMN joint_contract_start date;
ALTER TABLE alignment_plan ADD COLUMN joint_contract_mismatches jsonb NOT NULL DEFAULT '[]';
CREATE INDEX alignment_plan_joint_contract ON alignment_plan (joint_contract_id) WHERE joint_contract_id IS NOT NULL;
