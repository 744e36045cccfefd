package org.buyonce.contract.recharge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A UK financial year: 1 April of its year to 31 March of the next (2027 is 2027-04-01 .. 2028-03-31). */
public record FinancialYear(int year) {

    public LocalDate first() {
        return LocalDate.of(year, 4, 1);
    }

    public LocalDate last() {
        return LocalDate.of(year + 1, 3, 31);
    }

    /** 365, or 366 when it holds a 29 February. */
    public long days() {
        return ChronoUnit.DAYS.between(first(), last()) + 1;
    }

    /** The days from {@code start} to {@code end} (both inclusive) that fall in this year; 0 if none. */
    public long daysOf(LocalDate start, LocalDate end) {
        LocalDate from = start.isAfter(first()) ? start : first();
        LocalDate to = end.isBefore(last()) ? end : last();
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The financial year a day falls in. */
    public static FinancialYear of(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }
}
