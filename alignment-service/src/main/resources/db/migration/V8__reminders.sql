-- Reminders by email (DESIGN.md): each contract's owner as contract-renewals carries it, the day the contract was first
-- seen (no reminder for a deadline already passed then), and every reminder sent, claimed before it is sent so that
-- two replicas, or a restart, never send it twice.
ALTER TABLE contract_projection ADD COLUMN owner_name varchar(200);
ALTER TABLE contract_projection ADD COLUMN owner_email varchar(254);
ALTER TABLE contract_projection ADD COLUMN first_seen_on date;
UPDATE contract_projection SET first_seen_on = CAST(updated_at AS date);
ALTER TABLE contract_projection ALTER COLUMN first_seen_on SET NOT NULL;
ALTER TABLE contract_projection ALTER COLUMN first_seen_on SET DEFAULT CURRENT_DATE;

CREATE TABLE reminder (
    contract_id uuid         NOT NULL,
    deadline    varchar(40)  NOT NULL, -- what falls due and when: NOTICE:2027-03-31, UK7:2027-01-07
    stage       varchar(10)  NOT NULL, -- D90, D30, D7 or OVERDUE
    recipient   varchar(254) NOT NULL,
    claimed_at  timestamp(6) with time zone NOT NULL,
    sent_at     timestamp(6) with time zone, -- null while being sent: a claim older than the lease is tried again
    PRIMARY KEY (contract_id, deadline, stage)
);

-- Each council's weekly digest, claimed the same way.
CREATE TABLE digest (
    council    varchar(16) NOT NULL,
    week       date        NOT NULL, -- its Monday
    claimed_at timestamp(6) with time zone NOT NULL,
    sent_at    timestamp(6) with time zone,
    PRIMARY KEY (council, week)
);
