package org.buyonce.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How far the outbox is behind: the events not yet published and the age of the oldest. Measured by the relay after
 * each attempt (so a scrape or a probe never queries the database), read by the gauges and the health check.
 */
@ApplicationScoped
public class OutboxBacklog {

    /** Unpublished events and when the oldest of them was written (null if none). */
    public record Measurement(long events, Instant oldest, Instant measuredAt) {
    }

    private final Clock clock;
    private volatile Measurement latest = new Measurement(0, null, null);

    public OutboxBacklog(Clock clock, MeterRegistry registry) {
        this.clock = clock;
        Gauge.builder("buyonce.outbox.backlog", this, b -> b.latest.events())
                .description("Events written to the outbox and not yet published to Kafka").register(registry);
        Gauge.builder("buyonce.outbox.oldest.age.seconds", this, b -> b.oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest event not yet published to Kafka; 0 when the outbox is empty").register(registry);
    }

    void measured(long events, Instant oldest) {
        latest = new Measurement(events, events == 0 ? null : oldest, clock.instant());
    }

    public Measurement latest() {
        return latest;
    }

    /** How long the oldest unpublished event has waited, now; zero when there is none. */
    public Duration oldestAge() {
        Instant oldest = latest.oldest();
        return oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
    }
}
