package org.buyonce.asset.risk;

import org.buyonce.asset.Asset;

import java.time.LocalDate;

/**
 * An entry of the risk register: the asset, the rule it breaks, how severe that is, the date that makes it a risk
 * (null when it is a risk now), and a sentence saying why.
 */
public record Risk(Asset asset, RiskRule rule, Severity severity, LocalDate date, String detail) {
}
