package org.buyonce.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.util.OptionalLong;

/**
 * How far one projection is behind its topic, as gauges: the records between its position and the log end (the
 * client's own figure from the last fetch, summed over the partitions this replica reads), and the seconds since the
 * oldest record it has not applied yet was written. While a record waits for a retry (the database is away) the
 * seconds keep growing; when the consumer has caught up both are 0.
 */
final class ConsumerLag {

    private volatile long records;
    /** Write time (epoch millis) of the oldest record known not to be applied yet; 0 when caught up. */
    private volatile long behindSince;
    private long lastApplied;

    ConsumerLag(String topic, MeterRegistry registry) {
        Gauge.builder("buyonce.consumer.lag.records", this, ConsumerLag::records).tag("topic", topic)
                .description("Records of the topic not yet applied to the projection (log end minus position)").register(registry);
        Gauge.builder("buyonce.consumer.lag.seconds", this, lag -> lag.seconds()).tag("topic", topic)
                .description("Seconds since the oldest record not yet applied was written; 0 when caught up").register(registry);
    }

    /** A record is about to be applied: until it is, the projection is behind by at least its age. */
    void applying(ConsumerRecord<?, ?> record) {
        if (behindSince == 0) {
            behindSince = record.timestamp();
        }
    }

    void applied(ConsumerRecord<?, ?> record) {
        lastApplied = record.timestamp();
        behindSince = 0;
    }

    /**
     * After a poll's records are applied: the records still behind the log end. If some are, they were written after
     * the last record applied, whose age bounds theirs.
     */
    void caughtUpTo(long recordsBehind) {
        records = recordsBehind;
        behindSince = recordsBehind > 0 && lastApplied > 0 ? lastApplied : 0;
    }

    /** The records between the consumer's positions and the log ends, as the client saw them at its last fetch. */
    static long behind(Consumer<?, ?> consumer) {
        long behind = 0;
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(partition);
            behind += lag.orElse(0);
        }
        return behind;
    }

    double seconds() {
        return seconds(System.currentTimeMillis());
    }

    double seconds(long nowMillis) {
        long since = behindSince;
        return since == 0 ? 0 : Math.max(0, nowMillis - since) / 1000.0;
    }

    long records() {
        return records;
    }
}
