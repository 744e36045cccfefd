package org.buyonce.contract.notice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A contract's estimated value over its awarded maximum term, net and gross of VAT, and where it stands against the
 * thresholds: annual value × days of the term (both ends counted) / 365, then × (1 + VAT rate / 100), each rounded
 * half-up to pennies.
 */
public record EstimatedValue(BigDecimal net, BigDecimal gross) {

    /** Sub-central authorities' threshold for goods and services, gross, for contracts starting before 2026. */
    static final BigDecimal THRESHOLD_TO_2025 = new BigDecimal("214904");
    /** The same threshold from 1 January 2026. */
    static final BigDecimal THRESHOLD_FROM_2026 = new BigDecimal("207720");
    static final LocalDate THRESHOLDS_OF_2026 = LocalDate.of(2026, 1, 1);
    /** Below the threshold, a contract of at least this much (gross) still needs a contract details notice. */
    static final BigDecimal NOTIFIABLE_BELOW_THRESHOLD = new BigDecimal("30000");
    /** Over this (gross), performance notices are owed and a contract details notice must name three KPIs. */
    static final BigDecimal LARGE_CONTRACT = new BigDecimal("5000000");
    static final BigDecimal DEFAULT_VAT_RATE = new BigDecimal("20");

    private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static EstimatedValue of(BigDecimal annualValue, BigDecimal vatRatePercent, LocalDate start, LocalDate awardedMaximumEnd) {
        long days = ChronoUnit.DAYS.between(start, awardedMaximumEnd) + 1;
        BigDecimal net = annualValue.multiply(BigDecimal.valueOf(days)).divide(DAYS_IN_YEAR, 2, RoundingMode.HALF_UP);
        return new EstimatedValue(net, withVat(net, vatRatePercent));
    }

    /** An amount without VAT with VAT at the rate (20% when null) added, rounded half-up to pennies. */
    public static BigDecimal withVat(BigDecimal net, BigDecimal vatRatePercent) {
        BigDecimal rate = vatRatePercent == null ? DEFAULT_VAT_RATE : vatRatePercent;
        return net.multiply(BigDecimal.ONE.add(rate.divide(HUNDRED))).setScale(2, RoundingMode.HALF_UP);
    }

    /** At or over the threshold in force when the contract started. */
    public boolean aboveThreshold(LocalDate start) {
        return gross.compareTo(start.isBefore(THRESHOLDS_OF_2026) ? THRESHOLD_TO_2025 : THRESHOLD_FROM_2026) >= 0;
    }

    /** Owes a contract details notice: above the threshold, or below it and at least £30,000. */
    public boolean notifiable(LocalDate start) {
        return aboveThreshold(start) || gross.compareTo(NOTIFIABLE_BELOW_THRESHOLD) >= 0;
    }

    /** Over £5,000,000: performance notices, and three KPIs on the contract details notice. */
    public boolean large() {
        return gross.compareTo(LARGE_CONTRACT) > 0;
    }

    /** Whether another estimate differs from this one by more than 10% of this one. */
    public boolean movedMoreThanATenthBy(EstimatedValue other) {
        return net.signum() > 0 && other.net.subtract(net).abs().multiply(BigDecimal.TEN).compareTo(net) > 0;
    }
}
