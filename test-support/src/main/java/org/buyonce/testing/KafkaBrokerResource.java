package org.buyonce.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.buyonce.events.Topics;
import org.buyonce.infra.EmbeddedKafkaBroker;

import java.util.Map;

/**
 * Starts a real Kafka broker for a Quarkus test run and points the application at it. A test that needs to take the
 * broker away (to prove nothing is lost meanwhile) gets it in a field annotated {@link InjectKafkaBroker}.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = EmbeddedKafkaBroker.onFreePorts().start();
        // As the platform would (Strimzi KafkaTopic): the event topics exist, compacted, before any service starts.
        broker.createCompactedTopics(Topics.CONTRACT_RENEWALS, Topics.ASSET_LIFECYCLE, Topics.CAPABILITIES);
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(broker,
                new TestInjector.AnnotatedAndMatchesType(InjectKafkaBroker.class, EmbeddedKafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.stop();
        }
    }
}
