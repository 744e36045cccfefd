package org.buyonce.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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

    private final ConsumerConfig config;
    private final ConsumerPositions positions;
    private final DeadLetters deadLetters;
    private final MeterRegistry registry;
    private final String bootstrapServers;
    private final List<ProjectionConsumer> consumers = new CopyOnWriteArrayList<>();

    public ProjectionConsumers(ConsumerConfig config, ConsumerPositions positions, DeadLetters deadLetters, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.config = config;
        this.positions = positions;
        this.deadLetters = deadLetters;
        this.registry = registry;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts reading the topic into a projection through the handler. */
    public ProjectionConsumer start(String topic, RecordHandler handler) {
        Map<String, Object> properties = new HashMap<>(config.kafka());
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Producers publish in transactions: only what they committed counts.
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // A topic is created by its producer, compacted; a consumer must not create it with the broker's defaults.
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.CLIENT_ID_CONFIG, config.groupId() + "-" + topic);
        ProjectionConsumer consumer = new ProjectionConsumer(topic, properties, handler, positions, deadLetters,
                config.maxRetryBackoff(), registry);
        consumers.add(consumer);
        consumer.start();
        return consumer;
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
