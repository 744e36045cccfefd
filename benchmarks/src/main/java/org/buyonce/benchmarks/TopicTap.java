package org.buyonce.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads {@code contract-renewals} from its end as any read-committed consumer would, and tells when a contract's
 * record with a given annual value arrives: where the event path's time splits between the producing and the
 * consuming side.
 */
final class TopicTap implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;

    /** Calls {@code arrived(contract id, annual value)} for each record as it is read. */
    TopicTap(String bootstrapServers, BiConsumer<String, BigDecimal> arrived, List<Throwable> failures) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor("contract-renewals").stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolves the end now, before the writes start
        thread = new Thread(() -> {
            try {
                while (true) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        if (record.value() != null) {
                            arrived.accept(record.key(), JSON.readTree(record.value()).path("annualValue").decimalValue());
                        }
                    }
                }
            } catch (WakeupException closing) {
                // close() asked the poll to end
            } catch (Exception e) {
                failures.add(e);
            } finally {
                consumer.close();
            }
        }, "topic-tap");
    }

    void start() {
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join();
    }
}
