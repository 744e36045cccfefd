package org.buyonce.contract;

import java.math.BigDecimal;

/** A council sharing a joint contract, with its share of the cost in percent. */
public record Participant(String council, BigDecimal sharePercent) {
}
