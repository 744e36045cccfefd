package org.buyonce.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Applies one record to a projection. Runs inside the transaction that also stores the consumer's position, so a
 * record is applied exactly once in effect. Throws {@link org.buyonce.events.UnreadableEventException} for a record
 * that can never be applied (it goes to the dead-letter topic); any other failure is retried, in order.
 */
@FunctionalInterface
public interface RecordHandler {

    void handle(ConsumerRecord<String, byte[]> record);
}
