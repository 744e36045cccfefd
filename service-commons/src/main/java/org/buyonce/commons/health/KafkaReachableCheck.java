package org.buyonce.commons.health;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Wellness (/q/health/well, also in /q/health): DOWN while the broker does not answer. Not readiness nor liveness,
 * since neither taking the pod out of the Service nor restarting it brings the broker back; the operator's alert is on
 * the outbox age and consumer lag this causes.
 */
@Wellness
@ApplicationScoped
public class KafkaReachableCheck implements HealthCheck {

    private final KafkaReachability kafka;

    public KafkaReachableCheck(KafkaReachability kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        KafkaReachability.State state = kafka.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka reachable").status(state.reachable());
        if (state.checkedAt() != null) {
            response.withData("checkedAt", state.checkedAt().toString());
        }
        if (state.error() != null) {
            response.withData("error", state.error());
        }
        return response.build();
    }
}
