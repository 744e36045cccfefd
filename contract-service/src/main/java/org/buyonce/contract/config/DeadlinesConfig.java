package org.buyonce.contract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/** How far ahead the deadline views look when a request does not say. */
@ConfigMapping(prefix = "buyonce.deadlines")
public interface DeadlinesConfig {

    /** The window of {@code GET /contracts/deadlines}. */
    @WithDefault("P180D")
    Period window();

    /** The window of the iCalendar feed: long enough that a subscribed calendar shows next year's decisions. */
    @WithDefault("P1Y")
    Period calendarWindow();
}
