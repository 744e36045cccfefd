package org.buyonce.asset;

public enum Criticality {
    CRITICAL, HIGH, NORMAL
}
