package org.buyonce.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Starts and stops the service's projection consumers. */
@ApplicationScoped
public class ProjectionConsumers {

    private final ProjectionConsumerConfig config;
    private final ConsumerPositions positions;
    private final DeadLetters deadLetters;
    private final MeterRegistry registry;
    private final Tracer tracer;
    private final String bootstrapServers;
    private final List<ProjectionConsumer> consumers = new CopyOnWriteArrayList<>();

    public ProjectionConsumers(ProjectionConsumerConfig config, ConsumerPositions positions, DeadLetters deadLetters, MeterRegistry registry,
            Tracer tracer, @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.config = config;
        this.positions = positions;
        this.deadLetters = deadLetters;
        this.registry = registry;
        this.tracer = tracer;
        this.bootstrapServers = bootstrapServers;
    }

    /** Runs a consumer for every projection the service declares. */
    void onStart(@Observes StartupEvent startup, @Any Instance<TopicProjection> projections) {
        projections.forEach(this::start);
    }

    private void start(TopicProjection projection) {
        String topic = projection.topic();
        Map<String, Object> properties = new HashMap<>(config.kafka());
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Producers publish in transactions: only what they committed counts.
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // A topic is created by its producer, compacted; a consumer must not create it with the broker's defaults.
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, config.groupId() + "-" + topic);
        ProjectionConsumer consumer = new ProjectionConsumer(topic, properties, projection, positions, deadLetters,
                config.maxRetryBackoff(), tracer, registry);
        consumers.add(consumer);
        consumer.start();
    }

    /** Stops every consumer and starts it again: it resumes from the positions in the database. */
    public void restartAll() {
        consumers.forEach(ProjectionConsumer::stop);
        consumers.forEach(ProjectionConsumer::start);
    }

    public void stopAll() {
        consumers.forEach(ProjectionConsumer::stop);
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopAll();
    }

    List<ProjectionConsumer> consumers() {
        return List.copyOf(consumers);
    }
}
