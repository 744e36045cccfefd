package org.buyonce.commons.json;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class InputRulesTest {

    @Test
    void datesAreYyyyMmDdWithinTheRange() {
        assertThat(InputRules.date("1900-01-01").value()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(InputRules.date("2199-12-31").value()).isEqualTo(LocalDate.of(2199, 12, 31));
        assertThat(InputRules.date("2028-02-29").value()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(InputRules.date("1899-12-31").problem()).isEqualTo("must be from 1900-01-01 to 2199-12-31");
        assertThat(InputRules.date("2200-01-01").problem()).isEqualTo("must be from 1900-01-01 to 2199-12-31");
        assertThat(InputRules.date("2027-02-29").problem()).isEqualTo("'2027-02-29' is not a date of the calendar");
        assertThat(InputRules.date("+57468-04-13").problem()).isEqualTo("'+57468-04-13' is not a date (YYYY-MM-DD)");
        assertThat(InputRules.date("2027-3-31").isWrong()).isTrue();
        assertThat(InputRules.date("2027-03-31T00:00").isWrong()).isTrue();
        assertThat(InputRules.date("٢٠٢٧-٠٣-٣١").isWrong()).as("digits of other scripts").isTrue();
    }

    @Test
    void periodsArePositiveAndAtMostTenYears() {
        assertThat(InputRules.period("P180D", Period.ofYears(10)).value()).isEqualTo(Period.ofDays(180));
        assertThat(InputRules.period("P10Y", Period.ofYears(10)).value()).isEqualTo(Period.ofYears(10));
        assertThat(InputRules.period("P3652D", Period.ofYears(10)).value()).as("ten years of days, leap days included").isEqualTo(Period.ofDays(3652));
        assertThat(InputRules.period("P3654D", Period.ofYears(10)).isWrong()).isTrue();
        assertThat(InputRules.period("P10Y1D", Period.ofYears(10)).isWrong()).isTrue();
        assertThat(InputRules.period("P999999999Y", Period.ofYears(10)).problem()).isEqualTo("must be a positive period of at most P10Y");
        assertThat(InputRules.period("P0D", Period.ofYears(10)).isWrong()).isTrue();
        assertThat(InputRules.period("P1Y-1D", Period.ofYears(10)).isWrong()).isTrue();
        assertThat(InputRules.period("P1Y", Period.ofYears(50)).value()).as("a bound above ten years is ten years").isEqualTo(Period.ofYears(1));
        assertThat(InputRules.period("P11Y", Period.ofYears(50)).isWrong()).isTrue();
        assertThat(InputRules.period("soon", Period.ofYears(10)).problem()).isEqualTo("'soon' is not an ISO-8601 period such as P180D or P6M");
    }

    @Test
    void decimalsAreBoundedAndTheSameAmountHoweverWritten() {
        assertThat(InputRules.decimal(new BigDecimal("1.100")).value()).isEqualTo(new BigDecimal("1.1"));
        assertThat(InputRules.decimal(new BigDecimal("6E+4")).value()).isEqualTo(new BigDecimal("60000"));
        assertThat(InputRules.decimal(new BigDecimal("60000.00")).value()).isEqualTo(new BigDecimal("60000"));
        assertThat(InputRules.decimal(new BigDecimal("1e100000")).isWrong()).isTrue();
        assertThat(InputRules.decimal(new BigDecimal("1e-100000")).isWrong()).isTrue();
        assertThat(InputRules.decimal(new BigDecimal("1e-30")).isWrong()).isFalse();
        assertThat(InputRules.decimal(new BigDecimal("1e-31")).isWrong()).isTrue();
    }

    @Test
    void singleLineTextHoldsNoControlCharacter() {
        assertThat(InputRules.text("Café ☕ 😀 日本語", false)).isEmpty();
        assertThat(InputRules.text("a\u0000b", false)).contains("holds a control character (U+0000); it must be a single line of text");
        assertThat(InputRules.text("a\nb", false)).isPresent();
        assertThat(InputRules.text("a\tb", false)).isPresent();
        assertThat(InputRules.text("a\u007fb", false)).isPresent();
        assertThat(InputRules.text("\u001b[2J", false)).isPresent();
    }

    @Test
    void multiLineTextHoldsLineFeedsAndTabsOnly() {
        assertThat(InputRules.text("one\ntwo\tthree", true)).isEmpty();
        assertThat(InputRules.text("one\r\ntwo", true)).contains("holds a control character (U+000D); only line feeds and tabs are allowed");
        assertThat(InputRules.text("bell\u0007", true)).isPresent();
    }

    @Test
    void noTextHoldsAnUnpairedSurrogateOrABidiOverride() {
        assertThat(InputRules.text("x\ud800", true)).contains("holds an unpaired surrogate (U+D800)");
        assertThat(InputRules.text("\udc00x", true)).contains("holds an unpaired surrogate (U+DC00)");
        assertThat(InputRules.text("\ud83d\ude00", false)).as("a pair is one character").isEmpty();
        assertThat(InputRules.text("invoice\u202efdp.exe", false)).get().asString().startsWith("holds a bidirectional formatting character (U+202E)");
        assertThat(InputRules.text("\u2066x\u2069", true)).isPresent();
        assertThat(InputRules.text("\u200f", false)).as("a right-to-left mark is text, not an override").isEmpty();
    }

    @Test
    void quotedTextIsShortAndShowsWhatCannotBeSeen() {
        assertThat(InputRules.printable("a\u0000\u202eb")).isEqualTo("a\\u0000\\u202Eb");
        assertThat(InputRules.printable("x".repeat(100))).isEqualTo("x".repeat(60) + "...");
        assertThat(InputRules.printable(null)).isEmpty();
    }
}
