package org.buyonce.commons.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/** "Today" for every date rule is the partnership's local date, not the server's (containers run in UTC). */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "buyonce.time-zone", defaultValue = "Europe/London") ZoneId zone) {
        return Clock.system(zone);
    }
}
