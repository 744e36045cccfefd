package org.buyonce.asset.risk;

/** Most severe first. */
public enum Severity {
    HIGH, MEDIUM, LOW
}
