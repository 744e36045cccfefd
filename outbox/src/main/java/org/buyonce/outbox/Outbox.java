package org.buyonce.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.buyonce.commons.tracing.EventTracing;
import org.buyonce.events.EventJson;
import org.buyonce.events.EventSchemas;

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
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateType = topic;
        event.aggregateId = key;
        event.type = type;
        event.payload = data == null ? null : EventJson.write(data);
        event.dataSchema = data == null ? null : EventSchemas.ofTopic(topic).map(EventSchemas::uri).orElse(null);
        EventTracing.TraceContext trace = EventTracing.current();
        if (trace != null) {
            event.traceparent = trace.traceparent();
            event.tracestate = trace.tracestate();
        }
        repository.persist(event);
        wakeRelayAfterCommit();
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
