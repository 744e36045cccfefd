package org.buyonce.contract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.Period;

/** How far ahead the deadline views look when a request does not say, and how the calendar feed behaves. */
@ConfigMapping(prefix = "buyonce.deadlines")
public interface DeadlinesConfig {

    /** The window of {@code GET /contracts/deadlines}. */
    @WithDefault("P180D")
    Period window();

    /** The window of the iCalendar feed: long enough that a subscribed calendar shows next year's decisions. */
    @WithDefault("P1Y")
    Period calendarWindow();

    /** How long before an option decision or notice deadline a subscribed calendar reminds its user. */
    @WithDefault("P14D")
    Period calendarReminder();

    /** How often a subscribed calendar should fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
    @WithDefault("PT6H")
    Duration calendarRefresh();
}
