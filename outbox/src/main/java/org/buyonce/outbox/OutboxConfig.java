package org.buyonce.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "buyonce.outbox")
public interface OutboxConfig {

    /** Relay events to Kafka from this service. Off when Debezium reads the outbox table instead. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for events besides being woken by each commit (other replicas' rows, retries). */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    @WithDefault("500")
    int batchSize();

    /** How long one send may wait for the broker before the batch is retried later. */
    @WithDefault("PT10S")
    Duration sendTimeout();

    /** Create missing topics as compacted; off where the platform owns topics (Strimzi KafkaTopic). */
    @WithDefault("true")
    boolean createTopics();

    @WithDefault("1")
    int topicPartitions();

    /** With the relay off, rows are deleted once this old (Debezium has read them from the WAL by then). */
    @WithDefault("PT1H")
    Duration retention();

    /** The oldest an unpublished event may be before the outbox health check (wellness) reports DOWN. */
    @WithDefault("PT5M")
    Duration maxAge();

    /** The CloudEvents source of this service's events. */
    @WithDefault("urn:buyonce:${quarkus.application.name}")
    String source();

    /** The relay's Kafka transactional id; by default the service's name + "-outbox", shared by its replicas. */
    java.util.Optional<String> transactionalId();

    /** Extra Kafka producer properties, e.g. {@code buyonce.outbox.producer."security.protocol"=SSL}. */
    Map<String, String> producer();
}
