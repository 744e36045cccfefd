package org.buyonce.dates;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Month arithmetic, the same in every service (options, renewals, bridges, targets, exercising an option). Adding
 * months to a month end stays on month ends, so contracts that end on month ends keep doing so and no "2-day bridge"
 * appears from calendar drift; subtracting (deadlines) is plain, so that a deadline errs early, never late.
 */
public final class Months {

    private Months() {
    }

    /**
     * {@code date} plus {@code months}: the last day of the target month if {@code date} is the last day of its month
     * (2027-08-31 + 6 = 2028-02-29; 2028-02-29 + 6 = 2028-08-31), otherwise the same day, or the month's last if it has
     * fewer days (2027-01-30 + 1 = 2027-02-28).
     */
    public static LocalDate plus(LocalDate date, long months) {
        LocalDate shifted = date.plusMonths(months);
        return isMonthEnd(date) ? shifted.with(TemporalAdjusters.lastDayOfMonth()) : shifted;
    }

    /** {@code date} minus {@code months}, plainly: never later than the true date (2027-02-28 − 3 = 2026-11-28). */
    public static LocalDate minus(LocalDate date, long months) {
        return date.minusMonths(months);
    }

    public static boolean isMonthEnd(LocalDate date) {
        return date.getDayOfMonth() == date.lengthOfMonth();
    }
}
