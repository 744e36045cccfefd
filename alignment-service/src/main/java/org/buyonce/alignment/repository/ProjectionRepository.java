package org.buyonce.alignment.repository;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.buyonce.alignment.projection.ContractProjection;
import org.buyonce.alignment.projection.ProjectionChanged;
import org.buyonce.events.AssetStatus;
import org.buyonce.events.ContractStatus;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** The projections of contract-renewals and asset-lifecycle, what the planner reads of them, and their revision. */
@ApplicationScoped
public class ProjectionRepository {

    private final EntityManager entityManager;
    private final Event<ProjectionChanged> changes;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong latestRevision = new AtomicLong();

    public ProjectionRepository(EntityManager entityManager, Event<ProjectionChanged> changes,
            TransactionSynchronizationRegistry transactions, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.changes = changes;
        this.transactions = transactions;
        Gauge.builder("buyonce.projection.revision", this, repository -> repository.latestRevision.get())
                .description("Revision of the projections: grows by one with every transaction that changed them (the highest this replica has seen)")
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
                .setParameter("active", ContractStatus.ACTIVE).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    /** The contracts, whatever their status, owing a Find a Tender notice due by a date, of one council (or all). */
    public List<ContractProjection> owingNoticesBy(LocalDate horizon, String council) {
        TypedQuery<ContractProjection> query = entityManager.createQuery("from ContractProjection where nextNoticeDue <= :horizon"
                + (council == null ? "" : " and council = :council"), ContractProjection.class);
        if (council != null) {
            query.setParameter("council", council);
        }
        return query.setParameter("horizon", horizon).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    /** The contracts, whatever their status, that name an owner to remind. */
    public List<ContractProjection> withOwners() {
        return entityManager.createQuery("from ContractProjection where ownerEmail is not null", ContractProjection.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    /** The contracts changed after a revision, whatever their status now. */
    public List<ContractProjection> contractsChangedSince(long revision) {
        return entityManager.createQuery("from ContractProjection where revision > :revision", ContractProjection.class)
                .setParameter("revision", revision).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    /** The capabilities whose contracts or assets changed after a revision. */
    public Set<String> capabilitiesChangedSince(long revision) {
        List<?> rows = entityManager.createNativeQuery("SELECT capability FROM capability_revision WHERE revision > :revision")
                .setParameter("revision", revision).getResultList();
        return rows.stream().map(String.class::cast).collect(Collectors.toSet());
    }

    /** Per capability, the earliest end of support of an asset still in use or kept as legacy. */
    public Map<String, LocalDate> earliestEndOfSupport() {
        return earliestEndOfSupport(entityManager.createQuery("""
                select a.capability, min(a.endOfSupport) from AssetProjection a
                where a.status <> :retired and a.capability is not null and a.endOfSupport is not null
                group by a.capability""", Object[].class));
    }

    /** The same, of these capabilities only. */
    public Map<String, LocalDate> earliestEndOfSupport(Collection<String> capabilities) {
        if (capabilities.isEmpty()) {
            return Map.of();
        }
        return earliestEndOfSupport(entityManager.createQuery("""
                select a.capability, min(a.endOfSupport) from AssetProjection a
                where a.status <> :retired and a.capability in :capabilities and a.endOfSupport is not null
                group by a.capability""", Object[].class).setParameter("capabilities", capabilities));
    }

    private static Map<String, LocalDate> earliestEndOfSupport(TypedQuery<Object[]> query) {
        Map<String, LocalDate> earliest = new HashMap<>();
        for (Object[] row : query.setParameter("retired", AssetStatus.RETIRED).getResultList()) {
            earliest.put((String) row[0], (LocalDate) row[1]);
        }
        return earliest;
    }

    /**
     * Files a change to the projections, in the transaction of the change, under the transaction's revision and the
     * capabilities it touched (null ones ignored); returns the revision. A transaction takes the next revision at its
     * first change and files all its changes under it (a consumer applies a poll's records in one transaction); the
     * counter's row lock, held until commit, orders the transactions: revisions commit in the order they are given.
     */
    public long changed(String... capabilities) {
        TransactionRevision filed = transactionRevision();
        for (String capability : capabilities) {
            if (capability != null && filed.capabilities.add(capability)) {
                bookkeeping("""
                                INSERT INTO capability_revision (capability, revision) VALUES (:capability, :revision)
                                ON CONFLICT (capability) DO UPDATE SET revision = EXCLUDED.revision""", "capability_revision")
                        .setParameter("capability", capability).setParameter("revision", filed.revision).executeUpdate();
            }
        }
        return filed.revision;
    }

    /** Files a change that every replica must read the projections whole to see (rows removed). */
    public long changedWholly() {
        TransactionRevision filed = transactionRevision();
        if (!filed.wholly) {
            bookkeeping("UPDATE projection_revision SET reread_from = revision WHERE id = 1", "projection_revision").executeUpdate();
            filed.wholly = true;
        }
        return filed.revision;
    }

    /** This transaction's revision, taken (and announced for after the commit) at its first change. */
    private TransactionRevision transactionRevision() {
        TransactionRevision filed = (TransactionRevision) transactions.getResource(TransactionRevision.class);
        if (filed == null) {
            filed = new TransactionRevision(seen(bookkeeping(
                    "UPDATE projection_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision", "projection_revision")
                    .getSingleResult()));
            transactions.putResource(TransactionRevision.class, filed);
            changes.fire(new ProjectionChanged(filed.revision));
        }
        return filed;
    }

    /**
     * A statement on a bookkeeping table: naming it spares Hibernate flushing the projections' pending changes first,
     * so a changed row is written once, at commit, with the revision it is filed under.
     */
    private Query bookkeeping(String sql, String table) {
        return entityManager.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace(table);
    }

    /** What one transaction has filed: its revision, the capabilities under it, whether replicas must read whole. */
    private static final class TransactionRevision {
        final long revision;
        final Set<String> capabilities = new HashSet<>();
        boolean wholly;

        TransactionRevision(long revision) {
            this.revision = revision;
        }
    }

    /** The current revision, and the last one after which the projections must be read whole. */
    public Stamp stamp() {
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT revision, reread_from FROM projection_revision WHERE id = 1")
                .getSingleResult();
        return new Stamp(seen(row[0]), ((Number) row[1]).longValue());
    }

    /** The projections' revision, and the last revision that removed rows. */
    public record Stamp(long revision, long rereadFrom) {
    }

    private long seen(Object revision) {
        long value = ((Number) revision).longValue();
        latestRevision.accumulateAndGet(value, Math::max);
        return value;
    }
}
