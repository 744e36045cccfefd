package org.buyonce.consumer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "buyonce.consumer")
public interface ProjectionConsumerConfig {

    /** The consumer group: every replica of a service shares it, so each partition is read by one of them. */
    @WithDefault("${quarkus.application.name}")
    String groupId();

    /** Where records that can never be applied go, with the reason in their headers. */
    @WithDefault("${quarkus.application.name}.dlq")
    String deadLetterTopic();

    /** The longest pause between attempts at a record that failed for a passing reason (database away). */
    @WithDefault("PT5S")
    Duration maxRetryBackoff();

    /** Extra Kafka client properties, e.g. {@code buyonce.consumer.kafka."security.protocol"=SSL}. */
    Map<String, String> kafka();
}
