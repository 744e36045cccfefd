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

    /** {@link #plus(LocalDate, long)} on epoch days, allocating nothing: for loops over a million contracts. */
    public static long plus(long epochDay, long months) {
        return shift(epochDay, months, true);
    }

    /** {@link #minus(LocalDate, long)} on epoch days, allocating nothing. */
    public static long minus(long epochDay, long months) {
        return shift(epochDay, -months, false);
    }

    /** The civil date of the day (H. Hinnant's days-to-civil), moved by whole months, the day clamped, and back. */
    private static long shift(long epochDay, long months, boolean keepMonthEnd) {
        long shifted = epochDay + 719_468; // days from 0000-03-01, so that a leap day ends its year
        long era = Math.floorDiv(shifted, 146_097);
        long dayOfEra = shifted - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long marchMonth = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * marchMonth + 2) / 5 + 1);
        int month = (int) (marchMonth < 10 ? marchMonth + 3 : marchMonth - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        long total = year * 12 + (month - 1) + months;
        long newYear = Math.floorDiv(total, 12);
        int newMonth = (int) Math.floorMod(total, 12) + 1;
        int length = lengthOfMonth(newYear, newMonth);
        int newDay = keepMonthEnd && day == lengthOfMonth(year, month) ? length : Math.min(day, length);
        return epochDay(newYear, newMonth, newDay);
    }

    private static long epochDay(long year, int month, int day) {
        long marchYear = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(marchYear, 400);
        long yearOfEra = marchYear - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    private static int lengthOfMonth(long year, int month) {
        return switch (month) {
            case 2 -> (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
