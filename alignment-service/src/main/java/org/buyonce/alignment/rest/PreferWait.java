package org.buyonce.alignment.rest;

import org.buyonce.commons.json.InputRules;
import org.buyonce.commons.problem.ProblemException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code wait} preference of RFC 7240 ({@code Prefer: wait=10}): how many seconds a client will wait for a
 * change. Only its first occurrence counts; other preferences are ignored; a wait that is not a whole number of
 * seconds is refused. At most {@link #LONGEST}, below the idle timeouts of common proxies.
 */
final class PreferWait {

    static final long LONGEST_SECONDS = 30;
    static final Duration LONGEST = Duration.ofSeconds(LONGEST_SECONDS);
    static final String HEADER = "Prefer";
    static final String APPLIED = "Preference-Applied";
    static final String DESCRIPTION = "RFC 7240 `wait=N` with If-None-Match: while the ETag still matches, the answer waits "
            + "up to N seconds (at most " + LONGEST_SECONDS + ") for the opportunity to change and comes as soon as it has "
            + "(within a second where another replica took the change in); 304 if it does not";

    private PreferWait() {
    }

    /** The wait asked for in these Prefer headers, capped; empty if none or zero. */
    static Optional<Duration> of(List<String> headers) {
        if (headers == null) {
            return Optional.empty();
        }
        for (String header : headers) {
            for (String preference : header.split(",")) {
                String[] nameAndValue = preference.split(";", 2)[0].split("=", 2);
                if (nameAndValue[0].trim().equalsIgnoreCase("wait")) {
                    return seconds(nameAndValue.length == 2 ? unquoted(nameAndValue[1].trim()) : "");
                }
            }
        }
        return Optional.empty();
    }

    /** The header that says the wait was honoured. */
    static String applied(Duration wait) {
        return "wait=" + wait.toSeconds();
    }

    private static Optional<Duration> seconds(String value) {
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ProblemException.invalid(HEADER, "wait must be a whole number of seconds, not '" + InputRules.printable(value) + "'");
        }
        Duration wait = Duration.ofSeconds(Long.parseLong(value));
        return wait.isZero() ? Optional.empty() : Optional.of(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
