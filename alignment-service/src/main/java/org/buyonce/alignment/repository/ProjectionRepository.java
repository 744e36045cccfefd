package org.buyonce.alignment.repository;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.buyonce.alignment.projection.ContractProjection;
import org.buyonce.events.AssetStatus;
import org.buyonce.events.ContractStatus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The projections of contract-renewals and asset-lifecycle, what the planner reads of them, and their revision. */
@ApplicationScoped
public class ProjectionRepository {

    private final EntityManager entityManager;
    private final AtomicLong latestRevision = new AtomicLong();

    public ProjectionRepository(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        Gauge.builder("buyonce.projection.revision", this, repository -> repository.latestRevision.get())
                .description("Revision of the projections: grows by one with every change applied (the highest this replica has seen)")
                .register(registry);
    }

    public ContractProjection contract(UUID id) {
        return entityManager.find(ContractProjection.class, id);
    }

    /** The contracts with these ids that are still recorded, whatever their status. */
    public List<ContractProjection> contracts(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from ContractProjection where id in :ids", ContractProjection.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<ContractProjection> activeContracts() {
        return entityManager.createQuery("from ContractProjection where status = :active", ContractProjection.class)
                .setParameter("active", ContractStatus.ACTIVE).getResultList();
    }

    /** Per capability, the earliest end of support of an asset still in use or kept as legacy. */
    public Map<String, LocalDate> earliestEndOfSupport() {
        List<Object[]> rows = entityManager.createQuery("""
                        select a.capability, min(a.endOfSupport) from AssetProjection a
                        where a.status <> :retired and a.capability is not null and a.endOfSupport is not null
                        group by a.capability""", Object[].class).setParameter("retired", AssetStatus.RETIRED).getResultList();
        Map<String, LocalDate> earliest = new HashMap<>();
        for (Object[] row : rows) {
            earliest.put((String) row[0], (LocalDate) row[1]);
        }
        return earliest;
    }

    /** Marks the projections changed, in the transaction of the change. */
    public void bumpRevision() {
        seen(entityManager.createNativeQuery("UPDATE projection_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision")
                .getSingleResult());
    }

    public long revision() {
        return seen(entityManager.createNativeQuery("SELECT revision FROM projection_revision WHERE id = 1").getSingleResult());
    }

    private long seen(Object revision) {
        long value = ((Number) revision).longValue();
        latestRevision.accumulateAndGet(value, Math::max);
        return value;
    }
}
