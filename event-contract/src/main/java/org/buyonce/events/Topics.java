package org.buyonce.events;

/** Kafka topics of the BuyOnce event contract. All are compacted and keyed by the aggregate's id (or code). */
public final class Topics {

    /** Full renewal state of a contract after every change; a tombstone when the contract is deleted. */
    public static final String CONTRACT_RENEWALS = "contract-renewals";

    /** Full lifecycle state of an asset after every change; a tombstone when the asset is deleted. */
    public static final String ASSET_LIFECYCLE = "asset-lifecycle";

    /** The capabilities catalogue of contract-service, keyed by code, so other services validate against it. */
    public static final String CAPABILITIES = "capabilities";

    private Topics() {
    }
}
