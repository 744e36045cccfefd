package org.buyonce.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.events.AggregateState;
import org.buyonce.events.EventJson;
import org.buyonce.events.UnreadableEventException;

import java.util.UUID;

/**
 * The rules every projection of an aggregate's full-state events follows: the key is the aggregate's id; a tombstone
 * removes it; data whose version is not newer than the one kept changes nothing; a record whose key, data or id
 * cannot be read is a poison message (for the dead-letter topic).
 *
 * @param <S> the event data
 */
public abstract class VersionedProjection<S extends AggregateState> implements RecordHandler {

    private final Class<S> dataType;

    protected VersionedProjection(Class<S> dataType) {
        this.dataType = dataType;
    }

    @Override
    public final void handle(ConsumerRecord<String, byte[]> record) {
        UUID id = idOf(record);
        if (record.value() == null) {
            remove(id);
            return;
        }
        S state = EventJson.read(record.value(), dataType);
        if (!id.equals(state.id())) {
            throw new UnreadableEventException("record key " + id + " and data id " + state.id() + " differ");
        }
        Long kept = keptVersion(id);
        if (kept == null || state.version() > kept) {
            store(state, kept == null);
        }
    }

    /** The version kept for this id, or null if there is none. */
    protected abstract Long keptVersion(UUID id);

    /** Stores a newer state; {@code isNew} when nothing was kept for its id. */
    protected abstract void store(S state, boolean isNew);

    /** Removes what is kept for the id, if anything. */
    protected abstract void remove(UUID id);

    private static UUID idOf(ConsumerRecord<String, byte[]> record) {
        try {
            return UUID.fromString(record.key());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEventException("record key '" + record.key() + "' is not an id");
        }
    }
}
