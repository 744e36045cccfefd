package org.buyonce.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Prints a topic's records as they arrive, from its beginning: to watch what the services publish. */
final class TopicWatcher {

    private TopicWatcher() {
    }

    /** Watches until Ctrl-C; returns 1 at once, listing the topics, if the broker does not answer or has no such topic. */
    static int watch(String bootstrapServers, String topic) {
        Set<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000))) {
            topics = new TreeSet<>(admin.listTopics().names().get(5, TimeUnit.SECONDS));
        } catch (Exception e) {
            System.err.println("BuyOnce: no Kafka broker answers at " + bootstrapServers + "; is BuyOnce running?");
            return 1;
        }
        if (!topics.contains(topic)) {
            System.err.println("BuyOnce: there is no topic '" + topic + "'; the topics are " + String.join(", ", topics));
            return 1;
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "buyonce-watch-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            System.out.println("Watching " + topic + " on " + bootstrapServers + " from its beginning (Ctrl-C stops)");
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    System.out.printf("%s  %s  key=%s%n  %s%n", Instant.ofEpochMilli(record.timestamp()),
                            header(record, "ce_type"), record.key(), record.value() == null ? "(tombstone)" : record.value());
                }
            }
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "-" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
