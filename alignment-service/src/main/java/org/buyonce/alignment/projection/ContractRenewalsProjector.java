package org.buyonce.alignment.projection;

import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.buyonce.alignment.repository.ProjectionRepository;
import org.buyonce.consumer.VersionedProjection;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.Topics;

import java.time.Clock;
import java.time.Instant;

/** Keeps {@link ContractProjection} in step with contract-renewals; every change is filed under the capabilities it touched. */
@Singleton
public class ContractRenewalsProjector extends VersionedProjection<ContractRenewalState, ContractProjection> {

    private final ProjectionRepository projections;
    private final Event<ContractProjected> projected;
    private final Clock clock;

    public ContractRenewalsProjector(EntityManager entityManager, ProjectionRepository projections, Event<ContractProjected> projected,
            Clock clock) {
        super(Topics.CONTRACT_RENEWALS, ContractRenewalState.class, ContractProjection.class, ContractProjection::new,
                entityManager);
        this.projections = projections;
        this.projected = projected;
        this.clock = clock;
    }

    @Override
    protected long versionOf(ContractProjection projection) {
        return projection.version;
    }

    @Override
    protected void apply(ContractRenewalState state, ContractProjection projection) {
        projection.apply(state, Instant.now(clock));
    }

    @Override
    protected void changed(ContractProjection projection) {
        projection.revision = projections.changed(projection.capability, projection.capabilityBefore);
        projected.fire(new ContractProjected(projection, false));
    }

    @Override
    protected void removed(ContractProjection projection) {
        projections.changedWholly();
        projected.fire(new ContractProjected(projection, true));
    }
}
