package org.buyonce.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.buyonce.commons.kafka.ReliableProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Kafka clients of the relay: an idempotent, acks=all producer, and topic creation where this service may do it. */
@ApplicationScoped
public class OutboxProducerFactory {

    private final OutboxConfig config;
    private final String bootstrapServers;
    private final String clientId;
    private final String transactionalId;
    private final Set<String> ensuredTopics = ConcurrentHashMap.newKeySet();

    public OutboxProducerFactory(OutboxConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.clientId = applicationName + "-outbox";
        this.transactionalId = config.transactionalId().orElse(applicationName + "-outbox");
    }

    /**
     * A transactional producer: each batch is published whole or not at all. Without transactions a batch that expired
     * while the broker was recovering could be dropped while later ones went through, and its retry would then publish
     * older versions after newer ones. One transactional id per service also fences the relay of a crashed replica.
     */
    Producer<String, byte[]> create() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        int timeout = (int) config.sendTimeout().toMillis();
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout * 2);
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        properties.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, timeout * 6);
        properties.putAll(ReliableProducer.properties(bootstrapServers, clientId, config.producer()));
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties);
        try {
            producer.initTransactions();
        } catch (RuntimeException e) {
            producer.close(java.time.Duration.ZERO);
            throw e;
        }
        return producer;
    }

    /** Creates each topic not yet known to exist, compacted, so that the latest state per key is kept forever. */
    void ensureTopics(Collection<String> topics) throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        if (!config.createTopics() || ensuredTopics.containsAll(topics)) {
            return;
        }
        Map<String, Object> properties = new HashMap<>(config.producer());
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
        try (Admin admin = Admin.create(properties)) {
            for (String topic : topics) {
                if (ensuredTopics.contains(topic)) {
                    continue;
                }
                NewTopic compacted = new NewTopic(topic, Optional.of(config.topicPartitions()), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                try {
                    admin.createTopics(java.util.List.of(compacted)).all().get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
                ensuredTopics.add(topic);
            }
        }
    }
}
