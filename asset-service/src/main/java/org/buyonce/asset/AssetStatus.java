package org.buyonce.asset;

public enum AssetStatus {
    IN_USE, LEGACY, RETIRED
}
