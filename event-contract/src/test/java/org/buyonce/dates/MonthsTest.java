package org.buyonce.dates;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MonthsTest {

    @Test
    void theRulesExamples() {
        assertThat(Months.plus(LocalDate.of(2027, 8, 31), 6)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Months.plus(LocalDate.of(2028, 2, 29), 6)).isEqualTo(LocalDate.of(2028, 8, 31));
        assertThat(Months.plus(LocalDate.of(2027, 2, 28), 1)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(Months.plus(LocalDate.of(2027, 1, 30), 1)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Months.minus(LocalDate.of(2027, 2, 28), 3)).isEqualTo(LocalDate.of(2026, 11, 28));
        // SCDC-ICT-009: two 6-month options from 2027-08-31 reach 2028-08-31, not 2028-08-29.
        assertThat(Months.plus(LocalDate.of(2027, 8, 31), 12)).isEqualTo(LocalDate.of(2028, 8, 31));
        assertThat(Months.plus(Months.plus(LocalDate.of(2027, 8, 31), 6), 6)).isEqualTo(LocalDate.of(2028, 8, 31));
    }

    @Test
    void aDayInsideTheMonthKeepsItsDayWhereTheTargetMonthHasIt() {
        assertThat(Months.plus(LocalDate.of(2027, 3, 15), 11)).isEqualTo(LocalDate.of(2028, 2, 15));
        assertThat(Months.plus(LocalDate.of(2027, 3, 30), 1)).isEqualTo(LocalDate.of(2027, 4, 30)); // 30 April is an end, by chance
        assertThat(Months.plus(LocalDate.of(2027, 4, 30), 1)).isEqualTo(LocalDate.of(2027, 5, 31)); // from an end: to an end
    }

    @Property(tries = 2000)
    void monthEndsStayMonthEnds(@ForAll("monthEnds") LocalDate end, @ForAll @IntRange(min = 0, max = 240) int months) {
        LocalDate later = Months.plus(end, months);
        assertThat(Months.isMonthEnd(later)).isTrue();
        assertThat(later.withDayOfMonth(1)).isEqualTo(end.withDayOfMonth(1).plusMonths(months));
    }

    @Property(tries = 2000)
    void addingInStepsFromAMonthEndIsAddingAtOnce(@ForAll("monthEnds") LocalDate end, @ForAll @IntRange(min = 0, max = 60) int first,
            @ForAll @IntRange(min = 0, max = 60) int second) {
        assertThat(Months.plus(Months.plus(end, first), second)).isEqualTo(Months.plus(end, first + second));
    }

    /** Notice given on the deadline still leaves the whole notice period, by the rule of adding: deadlines err early. */
    @Property(tries = 2000)
    void aDeadlineNeverLandsAfterTheTrueDate(@ForAll("dates") LocalDate end, @ForAll @IntRange(min = 0, max = 120) int months) {
        LocalDate deadline = Months.minus(end, months);
        assertThat(Months.plus(deadline, months)).isAfterOrEqualTo(end);
        assertThat(deadline.withDayOfMonth(1)).isEqualTo(end.withDayOfMonth(1).minusMonths(months)); // in the right month
    }

    @Property(tries = 2000)
    void aDayThatIsNotAMonthEndMovesAsPlainPlusMonths(@ForAll("dates") LocalDate date, @ForAll @IntRange(min = 0, max = 240) int months) {
        if (!Months.isMonthEnd(date)) {
            assertThat(Months.plus(date, months)).isEqualTo(date.plusMonths(months));
        }
    }

    /** Every day from 1899 to 2201, every shift up to 15 years either way: the same as on {@link LocalDate}. */
    @Test
    void onEpochDaysEveryDayMovesAsTheDateDoes() {
        for (long day = LocalDate.of(1899, 1, 1).toEpochDay(); day <= LocalDate.of(2201, 12, 31).toEpochDay(); day++) {
            LocalDate date = LocalDate.ofEpochDay(day);
            for (int months = 0; months <= 180; months += 1 + (int) Math.floorMod(day, 7)) {
                if (Months.plus(day, months) != Months.plus(date, months).toEpochDay()
                        || Months.minus(day, months) != Months.minus(date, months).toEpochDay()) {
                    assertThat(LocalDate.ofEpochDay(Months.plus(day, months))).as(date + " + " + months).isEqualTo(Months.plus(date, months));
                    assertThat(LocalDate.ofEpochDay(Months.minus(day, months))).as(date + " - " + months).isEqualTo(Months.minus(date, months));
                }
            }
        }
        assertThat(Months.plus(LocalDate.of(2027, 8, 31).toEpochDay(), 6)).isEqualTo(LocalDate.of(2028, 2, 29).toEpochDay());
        assertThat(Months.minus(LocalDate.of(-5, 3, 31).toEpochDay(), 1)).isEqualTo(LocalDate.of(-5, 2, 28).toEpochDay());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2150, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<LocalDate> monthEnds() {
        return dates().map(date -> date.withDayOfMonth(date.lengthOfMonth()));
    }
}
