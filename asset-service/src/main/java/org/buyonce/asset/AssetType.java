package org.buyonce.asset;

public enum AssetType {
    DESKTOP, LAPTOP, SERVER, NETWORK, TELEPHONY, PRINTER, APPLICATION, FACILITY, OTHER
}
