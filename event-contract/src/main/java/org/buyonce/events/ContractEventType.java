package org.buyonce.events;

/**
 * The change that produced a {@code contract-renewals} record, carried as the CloudEvents {@code type}.
 * Whatever the type, the data is always the contract's full renewal state (or a tombstone for DELETED),
 * so a consumer may treat every type alike.
 */
public enum ContractEventType {
    CREATED, CHANGED, OPTION_EXERCISED, OPTION_DECLINED, EXPIRED, TERMINATED, RENEWED, DELETED;

    private static final String PREFIX = "org.buyonce.contract.";

    /** The CloudEvents type, e.g. {@code org.buyonce.contract.option-exercised.v1}. */
    public String cloudEventType() {
        return PREFIX + name().toLowerCase().replace('_', '-') + ".v1";
    }
}
