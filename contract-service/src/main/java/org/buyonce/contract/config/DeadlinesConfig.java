package org.buyonce.contract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.Period;
import java.util.Optional;

/** How far ahead the deadline views look when a request does not say, and how the calendar feed behaves. */
@ConfigMapping(prefix = "buyonce.deadlines")
public interface DeadlinesConfig {

    /** The window of {@code GET /contracts/deadlines}. */
    @WithDefault("P180D")
    Period window();

    /**
     * The window of the iCalendar feed when a request or link does not say; unset, the feed shows every active
     * contract's dates however far ahead, so an exercised option's new end never leaves a subscribed calendar.
     */
    Optional<Period> calendarWindow();

    /** How long before an option decision or notice deadline a subscribed calendar reminds its user. */
    @WithDefault("P14D")
    Period calendarReminder();

    /** How often a subscribed calendar should fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
    @WithDefault("PT6H")
    Duration calendarRefresh();
}
