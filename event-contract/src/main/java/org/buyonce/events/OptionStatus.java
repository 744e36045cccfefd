package org.buyonce.events;

public enum OptionStatus {
    AVAILABLE, EXERCISED, DECLINED
}
