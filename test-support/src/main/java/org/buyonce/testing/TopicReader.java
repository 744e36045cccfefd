package org.buyonce.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Reads a topic from its beginning in the background and keeps every record, so that a test can wait for the records
 * of the aggregate it created (topics are shared by all tests of a run, so tests select by key).
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    public TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
        List<TopicPartition> partitions = awaitPartitions(topic);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        poller = new Thread(this::poll, "topic-reader-" + topic);
        poller.setDaemon(true);
        poller.start();
    }

    private List<TopicPartition> awaitPartitions(String topic) {
        List<TopicPartition> partitions = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos == null || infos.isEmpty()) {
                return false;
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            return true;
        });
        return partitions;
    }

    private void poll() {
        while (running) {
            try {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    public List<ConsumerRecord<String, byte[]>> recordsWithKey(String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    /** Waits until the records with this key satisfy the condition, and returns them. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(String key, Predicate<List<ConsumerRecord<String, byte[]>>> condition,
            Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> condition.test(recordsWithKey(key)));
        return recordsWithKey(key);
    }

    public List<ConsumerRecord<String, byte[]>> awaitCount(String key, int count, Duration timeout) {
        return awaitRecords(key, found -> found.size() >= count, timeout);
    }

    /** Every header of a record, as text (the last value of a repeated one). */
    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return headers;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String value(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(2));
    }
}
