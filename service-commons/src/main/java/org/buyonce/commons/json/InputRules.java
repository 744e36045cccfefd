package org.buyonce.commons.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every input obeys, wherever it comes from (a JSON body, a query parameter, a CSV cell): dates in
 * 1900-01-01 .. 2199-12-31 written YYYY-MM-DD, periods of at most ten years, decimals of bounded size, text without
 * control characters or unpaired surrogates. Each check returns what is wrong, or nothing.
 */
public final class InputRules {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);
    public static final Period LONGEST_PERIOD = Period.ofYears(10);
    /** A decimal's exponent beyond this is refused before any arithmetic: 1e100000 must not cost anything. */
    public static final int MAX_DECIMAL_SCALE = 30;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private InputRules() {
    }

    /** A date written YYYY-MM-DD and within the range, or why not. */
    public static Result<LocalDate> date(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return Result.wrong("'" + printable(text) + "' is not a date (YYYY-MM-DD)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
            return Result.wrong("'" + text + "' is not a date of the calendar");
        }
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            return Result.wrong("must be from " + EARLIEST_DATE + " to " + LATEST_DATE);
        }
        return Result.ok(date);
    }

    /** A positive ISO-8601 period of at most {@code max} (and never more than ten years), or why not. */
    public static Result<Period> period(String text, Period max) {
        Period period;
        try {
            period = Period.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return Result.wrong("'" + printable(text) + "' is not an ISO-8601 period such as P180D or P6M");
        }
        Period bound = longerThanTenYears(max) ? LONGEST_PERIOD : max;
        String limit = "must be a positive period of at most " + bound;
        if (period.isNegative() || period.isZero() || period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
            return Result.wrong(limit);
        }
        // Bounded component by component first, so that adding it to a date cannot overflow.
        if (period.toTotalMonths() > bound.toTotalMonths() + 1 || period.getDays() > 3700) {
            return Result.wrong(limit);
        }
        LocalDate reference = LocalDate.of(2000, 1, 1);
        return reference.plus(period).isAfter(reference.plus(bound)) ? Result.wrong(limit) : Result.ok(period);
    }

    /**
     * A decimal whose exponent is bounded, with trailing zeros dropped (1.10 and 1.1 are the same amount), or why not.
     * Scale and precision rules of the field (two decimals for money) are checked afterwards, cheaply.
     */
    public static Result<BigDecimal> decimal(BigDecimal value) {
        if (value.scale() > MAX_DECIMAL_SCALE || value.scale() < -MAX_DECIMAL_SCALE || value.precision() > 2 * MAX_DECIMAL_SCALE) {
            return Result.wrong("'" + value.toString() + "' has too many digits");
        }
        BigDecimal normal = value.stripTrailingZeros();
        return Result.ok(normal.scale() < 0 ? normal.setScale(0) : normal);
    }

    /**
     * What is wrong with a text, if anything: an unpaired surrogate anywhere; a bidirectional embedding, override or
     * isolate (U+202A-U+202E, U+2066-U+2069), which can make a text display other than it reads; a control character
     * (U+0000-U+001F, U+007F), except that multi-line text may hold line feeds and tabs.
     */
    public static Optional<String> text(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("holds an unpaired surrogate (U+" + hex(c) + ")");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("holds an unpaired surrogate (U+" + hex(c) + ")");
            }
            if (isBidiControl(c)) {
                return Optional.of("holds a bidirectional formatting character (U+" + hex(c) + "), which can make it display "
                        + "other than it reads");
            }
            boolean control = c < 0x20 || c == 0x7F;
            if (control && !(multiLine && (c == '\n' || c == '\t'))) {
                return Optional.of("holds a control character (U+" + hex(c) + ")"
                        + (multiLine ? "; only line feeds and tabs are allowed" : "; it must be a single line of text"));
            }
        }
        return Optional.empty();
    }

    private static boolean isBidiControl(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean longerThanTenYears(Period period) {
        return period.toTotalMonths() > LONGEST_PERIOD.toTotalMonths();
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }

    /** The text, shortened and with control characters shown as escapes, for a message that quotes it. */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 60; i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7F || Character.isSurrogate(c) || isBidiControl(c) ? "\\u" + hex(c) : String.valueOf(c));
        }
        return text.length() > 60 ? out + "..." : out.toString();
    }

    /** A value that passed a rule, or what is wrong with it. */
    public record Result<T>(T value, String problem) {

        static <T> Result<T> ok(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> wrong(String problem) {
            return new Result<>(null, problem);
        }

        public boolean isWrong() {
            return problem != null;
        }
    }
}
