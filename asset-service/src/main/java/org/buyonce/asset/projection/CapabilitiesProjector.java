package org.buyonce.asset.projection;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.consumer.ProjectionConsumers;
import org.buyonce.consumer.RecordHandler;
import org.buyonce.events.CapabilityState;
import org.buyonce.events.EventJson;
import org.buyonce.events.Topics;
import org.buyonce.events.UnreadableEventException;

import java.time.Clock;
import java.time.Instant;

/** Keeps {@link KnownCapability} in step with the capabilities topic: the same codes contract-service accepts. */
@Singleton
public class CapabilitiesProjector implements RecordHandler {

    private final ProjectionRepository projections;
    private final Clock clock;

    public CapabilitiesProjector(ProjectionRepository projections, Clock clock) {
        this.projections = projections;
        this.clock = clock;
    }

    void start(@Observes StartupEvent startup, ProjectionConsumers consumers) {
        consumers.start(Topics.CAPABILITIES, this);
    }

    @Override
    public void handle(ConsumerRecord<String, byte[]> record) {
        KnownCapability kept = record.key() == null ? null : projections.capability(record.key());
        if (record.value() == null) {
            if (kept != null) {
                projections.remove(kept);
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
            projections.save(capability);
        }
    }
}
