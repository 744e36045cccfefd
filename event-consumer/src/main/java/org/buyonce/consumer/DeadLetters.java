package org.buyonce.consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.buyonce.commons.kafka.ReliableProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a record that can never be applied to the dead-letter topic, as it was (key, value, headers) plus where it
 * came from and why it was refused, in the header names SmallRye Reactive Messaging uses.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "dead-letter-reason";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private final ProjectionConsumerConfig config;
    private final String bootstrapServers;
    private Producer<String, byte[]> producer;

    public DeadLetters(ProjectionConsumerConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    /** Blocks until the broker has it, so that the position is only advanced past a record that is safe. */
    public synchronized void send(ConsumerRecord<String, byte[]> record, String reason)
            throws ExecutionException, InterruptedException, TimeoutException {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(REASON, bytes(reason));
        headers.add(TOPIC, bytes(record.topic()));
        headers.add(PARTITION, bytes(String.valueOf(record.partition())));
        headers.add(OFFSET, bytes(String.valueOf(record.offset())));
        producer().send(new ProducerRecord<>(config.deadLetterTopic(), null, record.key(), record.value(), headers))
                .get(30, TimeUnit.SECONDS);
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> properties = ReliableProducer.properties(bootstrapServers, config.groupId() + "-dead-letters",
                    config.kafka());
            producer = new KafkaProducer<>(properties);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }

    private static byte[] bytes(String value) {
        return (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
    }
}
