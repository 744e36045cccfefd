package org.buyonce.consumer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerLagTest {

    private static final long WRITTEN = 1_796_000_000_000L;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ConsumerLag lag = new ConsumerLag("contract-renewals", registry);

    @Test
    void aRecordWaitingForARetryMakesTheLagInSecondsGrowFromItsWriteTime() {
        lag.applying(record(7, WRITTEN));

        assertThat(lag.seconds(WRITTEN + 42_500)).isEqualTo(42.5);
        assertThat(lag.seconds(WRITTEN + 90_000)).isEqualTo(90.0);
        assertThat(registry.get("buyonce.consumer.lag.seconds").tag("topic", "contract-renewals").gauge().value()).isPositive();
    }

    @Test
    void caughtUpMeansZeroRecordsAndZeroSeconds() {
        lag.applying(record(7, WRITTEN));
        lag.applied(record(7, WRITTEN));
        lag.caughtUpTo(0);

        assertThat(lag.records()).isZero();
        assertThat(lag.seconds(WRITTEN + 60_000)).isZero();
        assertThat(registry.get("buyonce.consumer.lag.records").tag("topic", "contract-renewals").gauge().value()).isZero();
    }

    @Test
    void recordsStillBehindTheLogEndAreAtMostAsOldAsTheLastOneApplied() {
        lag.applying(record(7, WRITTEN));
        lag.applied(record(7, WRITTEN));
        lag.applying(record(8, WRITTEN + 1_000));
        lag.applied(record(8, WRITTEN + 1_000));
        lag.caughtUpTo(120);

        assertThat(lag.records()).isEqualTo(120);
        assertThat(registry.get("buyonce.consumer.lag.records").tag("topic", "contract-renewals").gauge().value()).isEqualTo(120);
        assertThat(lag.seconds(WRITTEN + 11_000)).isEqualTo(10.0);
    }

    @Test
    void theOldestUnappliedRecordCountsNotTheNewest() {
        lag.applying(record(7, WRITTEN));
        lag.applying(record(8, WRITTEN + 5_000)); // same poll, the first still not applied

        assertThat(lag.seconds(WRITTEN + 20_000)).isEqualTo(20.0);
    }

    private static ConsumerRecord<String, byte[]> record(long offset, long timestamp) {
        return new ConsumerRecord<>("contract-renewals", 0, offset, timestamp, TimestampType.CREATE_TIME, 36, 10, "key",
                new byte[10], new RecordHeaders(), Optional.empty());
    }
}
