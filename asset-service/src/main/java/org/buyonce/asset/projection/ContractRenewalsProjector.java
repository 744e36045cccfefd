package org.buyonce.asset.projection;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.buyonce.consumer.ProjectionConsumers;
import org.buyonce.consumer.VersionedProjection;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.Topics;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Keeps {@link SupportingContract} in step with contract-renewals. */
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
        SupportingContract kept = projections.contract(id);
        return kept == null ? null : kept.version;
    }

    @Override
    protected void store(ContractRenewalState state, boolean isNew) {
        SupportingContract contract = isNew ? new SupportingContract() : projections.contract(state.id());
        contract.id = state.id();
        contract.version = state.version();
        contract.council = state.council();
        contract.reference = state.reference();
        contract.title = state.title();
        contract.endDate = state.endDate();
        contract.status = state.status();
        contract.updatedAt = Instant.now(clock);
        if (isNew) {
            projections.save(contract);
        }
    }

    @Override
    protected void remove(UUID id) {
        SupportingContract kept = projections.contract(id);
        if (kept != null) {
            projections.remove(kept);
        }
    }
}
