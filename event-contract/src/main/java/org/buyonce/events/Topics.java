package org.buyonce.events;

/** Kafka topics of the BuyOnce event contract. Both are compacted and keyed by the aggregate id. */
public final class Topics {

    /** Full renewal state of a contract after every change; a tombstone when the contract is deleted. */
    public static final String CONTRACT_RENEWALS = "contract-renewals";

    /** Full lifecycle state of an asset after every change; a tombstone when the asset is deleted. */
    public static final String ASSET_LIFECYCLE = "asset-lifecycle";

    private Topics() {
    }
}
