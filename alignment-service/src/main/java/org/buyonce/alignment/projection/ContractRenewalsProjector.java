package org.buyonce.alignment.projection;

import io.quarkus.runtime.StartupEvent;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import org.buyonce.consumer.ProjectionConsumers;
import org.buyonce.consumer.VersionedProjection;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.Topics;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Keeps {@link ContractProjection} in step with contract-renewals. */
@Singleton
public class ContractRenewalsProjector extends VersionedProjection<ContractRenewalState> {

    private final ProjectionRepository projections;
    private final Clock clock;

    public ContractRenewalsProjector(ProjectionRepository projections, Clock clock) {
        super(ContractRenewalState.class);
        this.projections = projections;
        this.clock = clock;
    }

    void start(@Observes StartupEvent startup, ProjectionConsumers consumers) {
        consumers.start(Topics.CONTRACT_RENEWALS, this);
    }

    @Override
    protected Long keptVersion(UUID id) {
        ContractProjection kept = projections.contract(id);
        return kept == null ? null : kept.version;
    }

    @Override
    protected void store(ContractRenewalState state, boolean isNew) {
        ContractProjection projection = isNew ? new ContractProjection() : projections.contract(state.id());
        projection.apply(state, Instant.now(clock));
        if (isNew) {
            projections.save(projection);
        }
        projections.bumpRevision();
    }

    @Override
    protected void remove(UUID id) {
        ContractProjection kept = projections.contract(id);
        if (kept != null) {
            projections.remove(kept);
            projections.bumpRevision();
        }
    }
}
