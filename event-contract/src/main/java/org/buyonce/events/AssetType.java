package org.buyonce.events;

/** What kind of thing an asset is. */
public enum AssetType {
    DESKTOP, LAPTOP, SERVER, NETWORK, TELEPHONY, PRINTER, APPLICATION, FACILITY, OTHER
}
