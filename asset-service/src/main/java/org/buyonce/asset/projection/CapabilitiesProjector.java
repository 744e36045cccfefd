package org.buyonce.asset.projection;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.consumer.TopicProjection;
import org.buyonce.events.CapabilityState;
import org.buyonce.events.EventJson;
import org.buyonce.events.Topics;
import org.buyonce.events.UnreadableEventException;

import java.time.Clock;
import java.time.Instant;

/**
 * Keeps {@link KnownCapability} in step with the capabilities topic: the same codes contract-service accepts. Entries
 * are keyed by code and carry no version: the latest record for a code is its entry.
 */
@Singleton
public class CapabilitiesProjector implements TopicProjection {

    private final EntityManager entityManager;
    private final Clock clock;

    public CapabilitiesProjector(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return Topics.CAPABILITIES;
    }

    @Override
    public void handle(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            throw new UnreadableEventException("a capabilities record needs the code as its key");
        }
        KnownCapability kept = entityManager.find(KnownCapability.class, record.key());
        if (record.value() == null) {
            if (kept != null) {
                entityManager.remove(kept);
            }
            return;
        }
        CapabilityState state = EventJson.read(record.value(), CapabilityState.class);
        if (!state.code().equals(record.key())) {
            throw new UnreadableEventException("record key " + record.key() + " and capability " + state.code() + " differ");
        }
        KnownCapability capability = kept != null ? kept : new KnownCapability();
        capability.code = state.code();
        capability.name = state.name();
        capability.cpvCode = state.cpvCode();
        capability.updatedAt = Instant.now(clock);
        if (kept == null) {
            entityManager.persist(capability);
        }
    }
}
