package org.buyonce.alignment.projection;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.consumer.ProjectionConsumers;
import org.buyonce.consumer.RecordHandler;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.EventJson;
import org.buyonce.events.Topics;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Keeps {@link ContractProjection} in step with contract-renewals: newer versions replace, tombstones remove. */
@ApplicationScoped
public class ContractRenewalsProjector implements RecordHandler {

    private final ProjectionRepository projections;
    private final Clock clock;

    public ContractRenewalsProjector(ProjectionRepository projections, Clock clock) {
        this.projections = projections;
        this.clock = clock;
    }

    void start(@Observes StartupEvent startup, ProjectionConsumers consumers) {
        consumers.start(Topics.CONTRACT_RENEWALS, this);
    }

    @Override
    public void handle(ConsumerRecord<String, byte[]> record) {
        UUID id = RecordKeys.uuid(record);
        ContractProjection current = projections.contract(id);
        if (record.value() == null) {
            if (current != null) {
                projections.remove(current);
                projections.bumpRevision();
            }
            return;
        }
        ContractRenewalState state = EventJson.read(record.value(), ContractRenewalState.class);
        RecordKeys.requireSame(id, state.id());
        if (current != null && state.version() <= current.version) {
            return; // already have this version or a newer one
        }
        ContractProjection projection = current != null ? current : new ContractProjection();
        projection.apply(state, Instant.now(clock));
        if (current == null) {
            projections.save(projection);
        }
        projections.bumpRevision();
    }
}
