package org.buyonce.events;

/** How much the partnership depends on an asset. */
public enum Criticality {
    CRITICAL, HIGH, NORMAL
}
