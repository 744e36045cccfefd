package org.buyonce.events;

/**
 * The change that produced a {@code contract-renewals} record, carried as the CloudEvents {@code type}.
 * Whatever the type, the data is always the contract's full renewal state (or a tombstone for DELETED),
 * so a consumer may treat every type alike.
 */
public enum ContractEventType {
    CREATED, CHANGED, OPTION_EXERCISED, OPTION_DECLINED, EXPIRED, TERMINATED, RENEWED, DELETED;

    /** The CloudEvents type, e.g. {@code org.buyonce.contract.option-exercised.v1}. */
    public String cloudEventType() {
        return CloudEventTypes.of("contract", name());
    }
}
