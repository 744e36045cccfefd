package org.buyonce.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: DOWN only if a consumer's thread has ended while it should run (a restart helps then). A broker that is
 * away is not a reason: the consumer retries, and the service keeps serving meanwhile.
 */
@Liveness
@ApplicationScoped
public class ConsumersHealthCheck implements HealthCheck {

    private final ProjectionConsumers consumers;

    public ConsumersHealthCheck(ProjectionConsumers consumers) {
        this.consumers = consumers;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event consumers").up();
        for (ProjectionConsumer consumer : consumers.consumers()) {
            response.withData(consumer.topic(), consumer.isRunning() ? "running" : "stopped");
            if (!consumer.isHealthy()) {
                response.down();
            }
        }
        return response.build();
    }
}
