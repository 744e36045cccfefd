package org.buyonce.commons.rest;

import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.json.InputRules;
import org.buyonce.commons.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.Period;
import java.util.Arrays;
import java.util.Locale;

/**
 * Parses query parameters taken as strings, so that a malformed value is a 400 naming the parameter rather than the
 * 404 JAX-RS gives when it cannot convert one.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** A date, YYYY-MM-DD within 1900-01-01 .. 2199-12-31; null if absent. */
    public static LocalDate date(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        InputRules.Result<LocalDate> date = InputRules.date(value.trim());
        if (date.isWrong()) {
            throw ProblemException.invalid(name, date.problem());
        }
        return date.value();
    }

    /**
     * A moment: an ISO-8601 date-time with its offset ({@code 2026-12-01T09:30:00Z}), or a date, meaning the start of that
     * day in the partnership's time zone; within the years 1900 .. 2199. Null if absent.
     */
    public static Instant instant(String name, String value, ZoneId zone) {
        if (isAbsent(value)) {
            return null;
        }
        String text = value.trim();
        if (!text.contains("T")) {
            return date(name, text).atStartOfDay(zone).toInstant();
        }
        try {
            OffsetDateTime moment = OffsetDateTime.parse(text);
            if (moment.getYear() >= InputRules.EARLIEST_DATE.getYear() && moment.getYear() <= InputRules.LATEST_DATE.getYear()) {
                return moment.toInstant();
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ProblemException.invalid(name, "'" + InputRules.printable(text) + "' is not a date (YYYY-MM-DD) or a date-time with its "
                + "offset (2026-12-01T09:30:00Z) between 1900 and 2199");
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "'" + InputRules.printable(value) + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An ISO-8601 period such as {@code P180D} or {@code P6M}, positive and no longer than the bound (ten years at most); null if absent. */
    public static Period period(String name, String value, Period max) {
        if (isAbsent(value)) {
            return null;
        }
        InputRules.Result<Period> period = InputRules.period(value.trim(), max);
        if (period.isWrong()) {
            throw ProblemException.invalid(name, period.problem());
        }
        return period.value();
    }

    public static int integer(String name, String value, int fallback, int min, int max) {
        if (isAbsent(value)) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid(name, "must be a whole number from " + min + " to " + max);
    }

    /** A council code that must belong to the partnership. */
    public static String council(String name, String value, Partnership partnership) {
        if (isAbsent(value)) {
            return null;
        }
        String code = value.trim();
        if (!partnership.isMember(code)) {
            throw ProblemException.invalid(name, "unknown council '" + InputRules.printable(code) + "'; the partnership's councils are " + partnership.codes());
        }
        return code;
    }

    public static String text(String value) {
        return isAbsent(value) ? null : value.trim();
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }
}
