package org.buyonce.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.buyonce.commons.tracing.EventTracing;
import org.buyonce.events.UnreadableEventException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.buyonce.commons.Failures.rootMessage;

/**
 * Reads one topic into a projection, record by record, in order. The records of one poll are applied in one
 * transaction that stores the projection's changes and the consumer's next positions together (one commit for many
 * records is what keeps up with a busy topic); Kafka's own offsets are not used. So a record is applied once in effect,
 * a restart resumes exactly where the database says, and an empty database reads the compacted topic from its
 * beginning and rebuilds everything.
 * <p>
 * A record that can never be applied goes to the dead-letter topic (and the position moves past it); any other
 * failure, such as the database being away, rolls the poll's transaction back and is retried with backoff, holding
 * the partition so that order is kept.
 */
public final class ProjectionConsumer {

    private static final Logger LOG = Logger.getLogger(ProjectionConsumer.class);

    private final String topic;
    private final Map<String, Object> kafkaProperties;
    private final RecordHandler handler;
    private final ConsumerPositions positions;
    private final DeadLetters deadLetters;
    private final Duration maxBackoff;
    private final Tracer tracer;
    private final MeterRegistry registry;
    private final Counter handled;
    private final Counter deadLettered;
    private final ConsumerLag lag;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    ProjectionConsumer(String topic, Map<String, Object> kafkaProperties, RecordHandler handler, ConsumerPositions positions,
            DeadLetters deadLetters, Duration maxBackoff, Tracer tracer, MeterRegistry registry) {
        this.topic = topic;
        this.kafkaProperties = kafkaProperties;
        this.handler = handler;
        this.positions = positions;
        this.deadLetters = deadLetters;
        this.maxBackoff = maxBackoff;
        this.tracer = tracer;
        this.registry = registry;
        this.handled = Counter.builder("buyonce.consumer.records").tag("topic", topic)
                .description("Records applied to the projection").register(registry);
        this.deadLettered = Counter.builder("buyonce.consumer.dead.letters").tag("topic", topic)
                .description("Records sent to the dead-letter topic").register(registry);
        this.lag = new ConsumerLag(topic, registry);
    }

    public String topic() {
        return topic;
    }

    public boolean isRunning() {
        return running && thread != null && thread.isAlive();
    }

    /** False only if the consumer should be running but its thread has ended. */
    public boolean isHealthy() {
        return !running || isRunning();
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "consume-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            // wakeup() ends a poll; a pause between retries ends at the next check. No interrupt: the client must close cleanly.
            try {
                thread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(kafkaProperties);
                    KafkaClientMetrics metrics = new KafkaClientMetrics(kafka)) {
                metrics.bindTo(registry);
                consumer = kafka;
                kafka.subscribe(List.of(topic), new SeekToStoredPositions(kafka));
                while (running) {
                    List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
                    kafka.poll(Duration.ofMillis(500)).forEach(batch::add);
                    if (!batch.isEmpty()) {
                        lag.applying(batch.get(0));
                        applyUntilDone(batch);
                        lag.applied(batch.get(batch.size() - 1));
                    }
                    lag.caughtUpTo(ConsumerLag.behind(kafka));
                    backoff = Duration.ofMillis(100);
                }
            } catch (WakeupException | InterruptedException stopping) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("consumer of %s failed (%s); starting it again in %d ms", topic, e.getMessage(), backoff.toMillis());
                if (!pause(backoff)) {
                    return;
                }
                backoff = min(backoff.multipliedBy(2), maxBackoff);
            } finally {
                consumer = null;
            }
        }
    }

    /** Applies a poll's records in one transaction, retried whole until it commits: one commit for many records. */
    private void applyUntilDone(List<ConsumerRecord<String, byte[]>> batch) throws InterruptedException {
        Duration backoff = Duration.ofMillis(100);
        boolean warned = false;
        ConsumerRecord<String, byte[]> first = batch.get(0);
        while (running) {
            try {
                int deadLetteredInBatch = QuarkusTransaction.requiringNew().call(() -> applyAll(batch));
                // Counted once committed: a batch that is retried must not count its records twice.
                handled.increment(batch.size() - deadLetteredInBatch);
                deadLettered.increment(deadLetteredInBatch);
                if (warned) {
                    LOG.infof("%s-%d@%d and the %d records after it applied after retrying", first.topic(), first.partition(),
                            first.offset(), batch.size() - 1);
                }
                return;
            } catch (RuntimeException e) {
                if (!warned) {
                    LOG.warnf("cannot apply %s-%d@%d and the %d records after it yet (%s); retrying, the partition waits",
                            first.topic(), first.partition(), first.offset(), batch.size() - 1, rootMessage(e));
                    warned = true;
                }
                if (!pause(backoff)) {
                    throw new InterruptedException("stopping");
                }
                backoff = min(backoff.multipliedBy(2), maxBackoff);
            }
        }
        throw new InterruptedException("stopping");
    }

    /**
     * Applies each record, then stores each partition's next position once: all in the caller's transaction. Returns
     * how many records went to the dead-letter topic.
     */
    private int applyAll(List<ConsumerRecord<String, byte[]>> batch) {
        Map<Integer, Long> lastOffsets = new HashMap<>();
        int poisoned = 0;
        for (ConsumerRecord<String, byte[]> record : batch) {
            if (!applyTraced(record)) {
                poisoned++;
            }
            lastOffsets.merge(record.partition(), record.offset(), Math::max);
        }
        lastOffsets.forEach((partition, offset) -> positions.advance(topic, partition, offset));
        return poisoned;
    }

    /**
     * Applies the record in a consumer span that continues the trace the event carries (ce_traceparent), so the
     * projection's SQL shows up in the trace of the request that made the change.
     */
    private boolean applyTraced(ConsumerRecord<String, byte[]> record) {
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(EventTracing.parent(record.headers()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.kafka.message.key", String.valueOf(record.key()))
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            return apply(record);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, rootMessage(e));
            throw e;
        } finally {
            span.end();
        }
    }

    /** True if the record was applied, false if it went to the dead-letter topic. */
    private boolean apply(ConsumerRecord<String, byte[]> record) {
        try {
            handler.handle(record);
            return true;
        } catch (UnreadableEventException poison) {
            try {
                deadLetters.send(record, poison.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending to the dead-letter topic", e);
            } catch (Exception e) {
                throw new IllegalStateException("dead-letter topic unavailable: " + e.getMessage(), e);
            }
            LOG.warnf("%s-%d@%d sent to the dead-letter topic: %s", record.topic(), record.partition(), record.offset(),
                    poison.getMessage());
            return false;
        }
    }

    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return running;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** On assignment, each partition resumes at the position stored with the projection, or at its beginning. */
    private final class SeekToStoredPositions implements ConsumerRebalanceListener {

        private final KafkaConsumer<String, byte[]> kafka;

        SeekToStoredPositions(KafkaConsumer<String, byte[]> kafka) {
            this.kafka = kafka;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Map<Integer, Long> stored = positions.of(topic);
            for (TopicPartition partition : partitions) {
                Long next = stored.get(partition.partition());
                if (next == null) {
                    kafka.seekToBeginning(List.of(partition));
                } else {
                    kafka.seek(partition, next);
                }
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Nothing to commit: positions are already in the database with what they produced.
        }
    }
}
