package org.buyonce.alignment.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.events.UnreadableEventException;

import java.util.UUID;

/** Records are keyed by the aggregate's id; anything else is a poison message. */
final class RecordKeys {

    private RecordKeys() {
    }

    static UUID uuid(ConsumerRecord<String, byte[]> record) {
        try {
            return UUID.fromString(record.key());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEventException("record key '" + record.key() + "' is not an id");
        }
    }

    static void requireSame(UUID key, UUID dataId) {
        if (!key.equals(dataId)) {
            throw new UnreadableEventException("record key " + key + " and data id " + dataId + " differ");
        }
    }
}
