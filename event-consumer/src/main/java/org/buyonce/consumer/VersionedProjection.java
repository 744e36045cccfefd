package org.buyonce.consumer;

import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.events.AggregateState;
import org.buyonce.events.EventJson;
import org.buyonce.events.UnreadableEventException;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * A projection of an aggregate's full-state events, one row per aggregate, the rules every such projection follows:
 * the key is the aggregate's id; a tombstone removes the row; data whose version is not newer than the row's changes
 * nothing; a record whose key, data or id cannot be read is a poison message (for the dead-letter topic).
 *
 * @param <S> the event data
 * @param <P> the projection entity, whose id is the aggregate's
 */
public abstract class VersionedProjection<S extends AggregateState, P> implements TopicProjection {

    private final String topic;
    private final Class<S> dataType;
    private final Class<P> projectionType;
    private final Supplier<P> newProjection;
    private final EntityManager entityManager;

    protected VersionedProjection(String topic, Class<S> dataType, Class<P> projectionType, Supplier<P> newProjection,
            EntityManager entityManager) {
        this.topic = topic;
        this.dataType = dataType;
        this.projectionType = projectionType;
        this.newProjection = newProjection;
        this.entityManager = entityManager;
    }

    @Override
    public final String topic() {
        return topic;
    }

    @Override
    public final void handle(ConsumerRecord<String, byte[]> record) {
        UUID id = idOf(record);
        P kept = entityManager.find(projectionType, id);
        if (record.value() == null) {
            if (kept != null) {
                removed(kept);
                entityManager.remove(kept);
            }
            return;
        }
        S state = EventJson.read(record.value(), dataType);
        if (!id.equals(state.id())) {
            throw new UnreadableEventException("record key " + id + " and data id " + state.id() + " differ");
        }
        if (kept == null) {
            P projection = newProjection.get();
            apply(state, projection);
            entityManager.persist(projection);
            changed(projection);
        } else if (state.version() > versionOf(kept)) {
            apply(state, kept);
            changed(kept);
        }
    }

    /** The version of the last event applied to this row. */
    protected abstract long versionOf(P projection);

    /** Copies what the projection keeps of a newer state, id and version included. */
    protected abstract void apply(S state, P projection);

    /** Called in the record's transaction after a row is created or updated, with the row as it is now. */
    protected void changed(P projection) {
    }

    /** Called in the record's transaction before a row is removed (a tombstone), with the row. */
    protected void removed(P projection) {
    }

    private static UUID idOf(ConsumerRecord<String, byte[]> record) {
        try {
            return UUID.fromString(record.key());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEventException("record key '" + record.key() + "' is not an id");
        }
    }
}
