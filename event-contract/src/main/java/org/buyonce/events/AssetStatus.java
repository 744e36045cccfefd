package org.buyonce.events;

/** Where an asset is in its life. */
public enum AssetStatus {
    IN_USE, LEGACY, RETIRED
}
