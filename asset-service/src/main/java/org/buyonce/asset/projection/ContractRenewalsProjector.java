package org.buyonce.asset.projection;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.buyonce.consumer.VersionedProjection;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.Topics;

import java.time.Clock;
import java.time.Instant;

/** Keeps {@link SupportingContract} in step with contract-renewals. */
@Singleton
public class ContractRenewalsProjector extends VersionedProjection<ContractRenewalState, SupportingContract> {

    private final Clock clock;

    public ContractRenewalsProjector(EntityManager entityManager, Clock clock) {
        super(Topics.CONTRACT_RENEWALS, ContractRenewalState.class, SupportingContract.class, SupportingContract::new,
                entityManager);
        this.clock = clock;
    }

    @Override
    protected long versionOf(SupportingContract contract) {
        return contract.version;
    }

    @Override
    protected void apply(ContractRenewalState state, SupportingContract contract) {
        contract.id = state.id();
        contract.version = state.version();
        contract.council = state.council();
        contract.reference = state.reference();
        contract.title = state.title();
        contract.endDate = state.endDate();
        contract.status = state.status();
        contract.updatedAt = Instant.now(clock);
    }
}
