-- Each council decides on a plan for itself: its approval (the plan is APPROVED once every included council has
-- approved) or its withdrawal before the award, with who recorded it, when, and the committee's reference.
ALTER TABLE alignment_plan ADD COLUMN approvals jsonb NOT NULL DEFAULT '[]';
ALTER TABLE alignment_plan ADD COLUMN withdrawals jsonb NOT NULL DEFAULT '[]';
