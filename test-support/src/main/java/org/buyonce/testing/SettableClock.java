package org.buyonce.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A clock a test can set to a given day, so date rules are pinned with exact dates; otherwise the real time.
 * Each service's tests make it the application's {@link Clock} with a one-line {@code @Alternative} subclass.
 */
public class SettableClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private volatile Instant fixed;

    /** From now on "today" is this date (at noon, so that no time zone moves it). */
    public void setToday(LocalDate today) {
        fixed = today.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant pinned = fixed;
        return pinned != null ? pinned : Instant.now();
    }
}
