package org.buyonce.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.buyonce.commons.tracing.EventTracing;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.buyonce.commons.Failures.rootMessage;

/**
 * Publishes committed outbox rows to Kafka in the order they were written. Woken by every commit that wrote an event
 * and by a poll that catches the rest (rows of other replicas, a broker that was away). A batch's rows are deleted in a
 * database transaction that commits only once the batch's Kafka transaction has: if publishing fails, they stay.
 * <p>
 * Safe with any number of replicas: a PostgreSQL advisory lock lets one relay at a time publish, so the order per key
 * holds. Each batch is one Kafka transaction, so a failed batch is never partly visible (consumers read committed).
 * Delivery is at least once: a crash between the Kafka commit and the database commit publishes a batch again, in
 * order, and consumers ignore a version they already have.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxConfig config;
    private final OutboxRepository repository;
    private final OutboxProducerFactory producers;
    private final OutboxBacklog backlog;
    private final Tracer tracer;
    private final MeterRegistry registry;
    private final Counter published;
    private final Counter failures;
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private Producer<String, byte[]> producer;
    private KafkaClientMetrics producerMetrics;
    private boolean failing;

    public OutboxRelay(OutboxConfig config, OutboxRepository repository, OutboxProducerFactory producers,
            OutboxBacklog backlog, Tracer tracer, MeterRegistry registry) {
        this.config = config;
        this.repository = repository;
        this.producers = producers;
        this.backlog = backlog;
        this.tracer = tracer;
        this.registry = registry;
        this.published = Counter.builder("buyonce.outbox.published").description("Events relayed to Kafka").register(registry);
        this.failures = Counter.builder("buyonce.outbox.relay.failures").description("Relay attempts that failed").register(registry);
    }

    void start(@Observes StartupEvent startup) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long pollMillis = config.pollInterval().toMillis();
        Runnable task = config.relayEnabled() ? this::poll : this::purgeReadByDebezium;
        executor.scheduleWithFixedDelay(task, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            executor.awaitTermination(config.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeProducer();
    }

    /** Asks for a drain soon; calls while one is already queued are folded into it. */
    public void wake() {
        if (executor != null && config.relayEnabled() && drainQueued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    drainQueued.set(false);
                    drain();
                });
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                drainQueued.set(false);
            }
        }
    }

    /** The scheduled round: relay what is waiting, then measure what is left (once per poll, not per commit). */
    private void poll() {
        try (Scope polling = EventTracing.unsampled()) {
            relayAll();
            measureBacklog();
        }
    }

    private void drain() {
        try (Scope polling = EventTracing.unsampled()) {
            relayAll();
        }
    }

    private void relayAll() {
        try {
            int relayed;
            do {
                relayed = QuarkusTransaction.requiringNew().call(this::relayBatch);
            } while (relayed == config.batchSize());
            if (failing) {
                LOG.info("outbox relay: publishing again");
                failing = false;
            }
        } catch (Exception e) {
            failures.increment();
            closeProducer();
            if (!failing) {
                LOG.warnf("outbox relay: cannot publish (%s); the events stay in the outbox and are retried", rootMessage(e));
                failing = true;
            }
        }
    }

    private int relayBatch() throws Exception {
        List<OutboxEvent> batch = repository.claimOldest(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        producers.ensureTopics(batch.stream().map(e -> e.aggregateType).distinct().toList());
        Producer<String, byte[]> kafka = producer();
        List<Span> spans = batch.stream().map(this::publishSpan).toList();
        try {
            kafka.beginTransaction();
            List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                Context span = Context.root().with(spans.get(i));
                sends.add(kafka.send(OutboxRecords.toRecord(batch.get(i), config.source(), span)));
            }
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            for (Future<RecordMetadata> send : sends) {
                send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            kafka.commitTransaction(); // all of the batch becomes visible to read-committed consumers, or none of it
        } catch (Exception e) {
            spans.forEach(span -> span.setStatus(StatusCode.ERROR, rootMessage(e)));
            throw e;
        } finally {
            spans.forEach(Span::end);
        }
        published.increment(batch.size()); // and deleted as the transaction commits
        return batch.size();
    }

    /** The span of one event's publication: a child of the request that wrote it, whose context the record carries. */
    private Span publishSpan(OutboxEvent event) {
        return tracer.spanBuilder(event.aggregateType + " publish")
                .setParent(EventTracing.parent(event.traceparent, event.tracestate))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", event.aggregateType)
                .setAttribute("messaging.message.id", event.id.toString())
                .setAttribute("messaging.kafka.message.key", event.aggregateId)
                .startSpan();
    }

    /** Counts what is left; a database that is away leaves the last measurement. */
    private void measureBacklog() {
        try {
            OutboxRepository.Backlog left = QuarkusTransaction.requiringNew().call(repository::backlog);
            backlog.measured(left.events(), left.oldest());
        } catch (Exception e) {
            LOG.debugf("outbox backlog not measured: %s", rootMessage(e));
        }
    }

    private void purgeReadByDebezium() {
        try (Scope polling = EventTracing.unsampled()) {
            QuarkusTransaction.requiringNew().run(() -> repository.deleteCreatedBefore(Instant.now().minus(config.retention())));
        } catch (Exception e) {
            LOG.warnf("outbox purge failed: %s", rootMessage(e));
        }
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producers.create();
            producerMetrics = new KafkaClientMetrics(producer);
            producerMetrics.bindTo(registry);
        }
        return producer;
    }

    /** After a failure: a batch in a transaction that is not committed is aborted by closing its producer. */
    private void closeProducer() {
        if (producer != null) {
            producerMetrics.close();
            producer.close(Duration.ZERO);
            producer = null;
        }
    }
}
