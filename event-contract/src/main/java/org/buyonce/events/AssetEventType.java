package org.buyonce.events;

/**
 * The change that produced an {@code asset-lifecycle} record, carried as the CloudEvents {@code type}. The data is
 * always the asset's full state (or a tombstone for DELETED).
 */
public enum AssetEventType {
    CHANGED, DELETED;

    /** The CloudEvents type, e.g. {@code org.buyonce.asset.changed.v1}. */
    public String cloudEventType() {
        return CloudEventTypes.of("asset", name());
    }
}
