package org.buyonce.contract.recharge;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SharesTest {

    private static List<BigDecimal> split(String amount, String... percents) {
        return Shares.split(new BigDecimal(amount), java.util.Arrays.stream(percents).map(BigDecimal::new).toList());
    }

    @Test
    void sharesThatRoundExactlyAreLeftAlone() {
        assertThat(split("420000.00", "33.33", "33.34", "33.33")).containsExactly(
                new BigDecimal("139986.00"), new BigDecimal("140028.00"), new BigDecimal("139986.00"));
    }

    @Test
    void aPennyLostToRoundingGoesToTheLargestRemainder() {
        // 11219.18 × 33.33% = 3739.352694, twice, and × 33.34% = 3740.474612: rounded they make 11219.17.
        assertThat(split("11219.18", "33.33", "33.33", "33.34")).containsExactly(
                new BigDecimal("3739.35"), new BigDecimal("3739.35"), new BigDecimal("3740.48"));
    }

    @Test
    void aPennyGainedByRoundingIsTakenFromTheLargestRemainderTheFirstOnATie() {
        // 14958.90 × 40/35/25% = 5983.56, 5235.615, 3739.725: HALF_UP makes 14958.91.
        assertThat(split("14958.90", "40", "35", "25")).containsExactly(
                new BigDecimal("5983.56"), new BigDecimal("5235.61"), new BigDecimal("3739.73"));
        assertThat(split("100.01", "50", "50")).containsExactly(new BigDecimal("50.00"), new BigDecimal("50.01"));
    }

    @Test
    void financialYearsRunAprilToMarch() {
        FinancialYear year = new FinancialYear(2027);
        assertThat(year.first()).isEqualTo("2027-04-01");
        assertThat(year.last()).isEqualTo("2028-03-31");
        assertThat(year.days()).isEqualTo(366); // 29 February 2028
        assertThat(new FinancialYear(2026).days()).isEqualTo(365);
        assertThat(year.daysOf(LocalDate.of(2027, 10, 1), LocalDate.of(2030, 1, 1))).isEqualTo(183);
        assertThat(year.daysOf(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 3, 31))).isZero();
        assertThat(FinancialYear.of(LocalDate.of(2028, 3, 31)).year()).isEqualTo(2027);
        assertThat(FinancialYear.of(LocalDate.of(2028, 4, 1)).year()).isEqualTo(2028);
    }
}
