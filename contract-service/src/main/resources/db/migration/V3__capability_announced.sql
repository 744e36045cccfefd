-- Whether a capability has been published on the capabilities topic: the seeded catalogue is announced once, at the
-- first start after this migration, and each new capability as it is created.
ALTER TABLE capability ADD COLUMN announced boolean NOT NULL DEFAULT false;
