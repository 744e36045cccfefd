package org.buyonce.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.buyonce.commons.jdbc.BulkCopy;
import org.buyonce.commons.jdbc.CopyRows;
import org.buyonce.commons.tracing.EventTracing;
import org.buyonce.events.EventJson;
import org.buyonce.events.EventSchemas;

import java.util.List;
import java.util.UUID;

/**
 * Records events in the same database transaction as the change they describe: if the change rolls back, so does the
 * event; once it commits, the relay publishes it, now or when Kafka is back.
 */
@ApplicationScoped
public class Outbox {

    private static final String WAKE_REGISTERED = Outbox.class.getName() + ".wake";

    private final OutboxRepository repository;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(OutboxRepository repository, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.repository = repository;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Adds an event to the current transaction.
     *
     * @param topic the Kafka topic
     * @param key   the record key and CloudEvents subject (the aggregate's id)
     * @param type  the CloudEvents type
     * @param data  the event data, written as JSON; null for a tombstone
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, String key, String type, Object data) {
        repository.persist(event(new Pending(topic, key, type, data)));
        wakeRelayAfterCommit();
    }

    /**
     * Adds many events to the current transaction through a bulk copy (for imports): the same rows as {@link #publish},
     * in the list's order, without an ORM insert each. Entities whose versions the events carry must be written first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Pending> events, BulkCopy bulk) {
        if (events.isEmpty()) {
            return;
        }
        CopyRows rows = CopyRows.into("outbox_event", "id", "aggregatetype", "aggregateid", "type", "payload", "dataschema",
                "traceparent", "tracestate");
        for (Pending pending : events) {
            OutboxEvent event = event(pending);
            rows.add(event.id).add(event.aggregateType).add(event.aggregateId).add(event.type).add(event.payload)
                    .add(event.dataSchema).add(event.traceparent).add(event.tracestate).endRow();
        }
        bulk.copy(rows);
        wakeRelayAfterCommit();
    }

    /**
     * An event to record: {@code topic} is the Kafka topic, {@code key} the record key and CloudEvents subject (the
     * aggregate's id), {@code type} the CloudEvents type, {@code data} the event data, written as JSON (null for a
     * tombstone).
     */
    public record Pending(String topic, String key, String type, Object data) {
    }

    private static OutboxEvent event(Pending pending) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateType = pending.topic();
        event.aggregateId = pending.key();
        event.type = pending.type();
        event.payload = pending.data() == null ? null : EventJson.write(pending.data());
        event.dataSchema = pending.data() == null ? null : EventSchemas.ofTopic(pending.topic()).map(EventSchemas::uri).orElse(null);
        EventTracing.TraceContext trace = EventTracing.current();
        if (trace != null) {
            event.traceparent = trace.traceparent();
            event.tracestate = trace.tracestate();
        }
        return event;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
