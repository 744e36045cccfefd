package org.buyonce.events;

public enum ContractStatus {
    ACTIVE, EXPIRED, TERMINATED
}
