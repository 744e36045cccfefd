package org.buyonce.commons.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: DOWN until the broker has answered once since this pod started, so a pod with a wrong bootstrap address
 * or credentials never takes traffic and a rollout stops at it. It stays UP through a later outage: a pod that has
 * started serves reads and writes from its own database while the broker is away (writes wait in the outbox), and
 * taking every pod out of the Service because the broker is down would turn a delay into an outage.
 * {@link KafkaReachableCheck} reports the outage itself.
 */
@Readiness
@ApplicationScoped
public class KafkaStartedCheck implements HealthCheck {

    private final KafkaReachability kafka;

    public KafkaStartedCheck(KafkaReachability kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        KafkaReachability.State state = kafka.state();
        return HealthCheckResponse.named("kafka reached since start").status(state.reachedSinceStart())
                .withData("reachable", state.reachable()).build();
    }
}
