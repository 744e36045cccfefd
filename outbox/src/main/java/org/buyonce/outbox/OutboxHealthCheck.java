package org.buyonce.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.time.Duration;

/**
 * Wellness: DOWN when the oldest unpublished event is older than {@code buyonce.outbox.max-age}. The pod still serves
 * and keeps every write (that is the outbox's point), so this is neither readiness nor liveness: the events are late,
 * and an operator should find out why (the broker, credentials, a stuck relay).
 */
@Wellness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxBacklog backlog;
    private final OutboxConfig config;

    public OutboxHealthCheck(OutboxBacklog backlog, OutboxConfig config) {
        this.backlog = backlog;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Duration age = backlog.oldestAge();
        OutboxBacklog.Measurement latest = backlog.latest();
        return HealthCheckResponse.named("outbox backlog").status(age.compareTo(config.maxAge()) <= 0)
                .withData("unpublished", latest.events())
                .withData("oldestAgeSeconds", age.toSeconds())
                .withData("maxAgeSeconds", config.maxAge().toSeconds())
                .build();
    }
}
