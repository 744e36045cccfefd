package org.buyonce.alignment.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.buyonce.alignment.planner.PlannedContract;
import org.buyonce.alignment.repository.ProjectionRepository;
import org.buyonce.events.ContractStatus;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the planner works on, read from the projections and kept until they change. {@link #current()} checks the
 * shared revision, so no replica plans on data older than the last change it could see; on a change it reads only
 * the contracts changed since and the earliest end of support of the capabilities touched, and rebuilds only those.
 * {@link #recent()}, for readers, spares that check for {@link #CONFIRMED_FOR} after the last one unless this replica
 * applied a change since: at thousands of reads a second, the check was most of what a read cost the database.
 */
@ApplicationScoped
public class PlanningData {

    /**
     * How long a snapshot found current serves readers without asking the database again. A change this replica's
     * consumers apply ends it at once; one another replica applied is seen by this one's readers at most this late.
     */
    static final Duration CONFIRMED_FOR = Duration.ofMillis(50);

    /** Per capability with active contracts, its planning data, at a revision. */
    public record Snapshot(long revision, Map<String, CapabilityData> capabilities) {
    }

    /**
     * One capability's active contracts and the earliest end of support of an asset of it still in use, rebuilt at
     * {@code revision}: a plan made of it holds while the snapshot keeps the same revision for the capability.
     */
    public record CapabilityData(String capability, long revision, Map<UUID, PlannedContract> contracts,
            LocalDate earliestEndOfSupport) {

        public List<PlannedContract> contractList() {
            return new ArrayList<>(contracts.values());
        }
    }

    /** A snapshot found current at {@code nanoTime}, when this replica had applied {@code localChanges} changes. */
    private record Confirmed(Snapshot snapshot, long nanoTime, long localChanges) {
    }

    private final ProjectionRepository projections;
    private final AtomicLong localChanges = new AtomicLong();
    private volatile Snapshot cached;
    private volatile Confirmed confirmed;

    public PlanningData(ProjectionRepository projections) {
        this.projections = projections;
    }

    /** The projections as they are now: the shared revision is read, and the snapshot brought up to it. */
    public Snapshot current() {
        long changesBefore = localChanges.get();
        long checkedAt = System.nanoTime();
        Snapshot snapshot = QuarkusTransaction.joiningExisting().call(this::read);
        confirmed = new Confirmed(snapshot, checkedAt, changesBefore);
        return snapshot;
    }

    /** For readers: the snapshot last found current if that was less than {@link #CONFIRMED_FOR} ago, else {@link #current()}. */
    public Snapshot recent() {
        Confirmed last = confirmed;
        if (last != null && last.localChanges() == localChanges.get() && System.nanoTime() - last.nanoTime() < CONFIRMED_FOR.toNanos()) {
            return last.snapshot();
        }
        return current();
    }

    void appliedHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectionChanged change) {
        localChanges.incrementAndGet();
    }

    private Snapshot read() {
        ProjectionRepository.Stamp stamp = projections.stamp();
        Snapshot snapshot = cached;
        if (snapshot != null && snapshot.revision() == stamp.revision()) {
            return snapshot;
        }
        synchronized (this) {
            Snapshot kept = cached;
            if (kept != null && kept.revision() >= stamp.revision()) {
                return kept;
            }
            // Read after the stamp: the data is at least as new as the revision it is filed under.
            Snapshot fresh = kept == null || stamp.rereadFrom() > kept.revision() ? whole(stamp.revision())
                    : changedSince(kept, stamp.revision());
            cached = fresh;
            return fresh;
        }
    }

    private Snapshot whole(long revision) {
        Map<String, Map<UUID, PlannedContract>> byCapability = new HashMap<>();
        for (ContractProjection contract : projections.activeContracts()) {
            byCapability.computeIfAbsent(contract.capability, c -> new HashMap<>()).put(contract.id, contract.toPlanned());
        }
        Map<String, LocalDate> endOfSupport = projections.earliestEndOfSupport();
        Map<String, CapabilityData> capabilities = new HashMap<>();
        byCapability.forEach((capability, contracts) -> capabilities.put(capability,
                new CapabilityData(capability, revision, contracts, endOfSupport.get(capability))));
        return new Snapshot(revision, Map.copyOf(capabilities));
    }

    /**
     * The kept snapshot with the changes since applied. The rows are read before the capabilities: each row's change
     * touched its capabilities in the same transaction, so every capability a row was in or moved to is among them.
     */
    private Snapshot changedSince(Snapshot kept, long revision) {
        List<ContractProjection> changed = projections.contractsChangedSince(kept.revision());
        Set<String> touched = new HashSet<>(projections.capabilitiesChangedSince(kept.revision()));
        changed.forEach(contract -> touched.add(contract.capability));
        Map<String, LocalDate> endOfSupport = projections.earliestEndOfSupport(touched);

        Map<String, Map<UUID, PlannedContract>> rebuilt = new HashMap<>();
        for (String capability : touched) {
            CapabilityData before = kept.capabilities().get(capability);
            rebuilt.put(capability, before == null ? new HashMap<>() : new HashMap<>(before.contracts()));
        }
        for (ContractProjection contract : changed) {
            rebuilt.values().forEach(contracts -> contracts.remove(contract.id));
            if (contract.status == ContractStatus.ACTIVE) {
                rebuilt.get(contract.capability).put(contract.id, contract.toPlanned());
            }
        }
        Map<String, CapabilityData> capabilities = new HashMap<>(kept.capabilities());
        rebuilt.forEach((capability, contracts) -> {
            if (contracts.isEmpty()) {
                capabilities.remove(capability);
            } else {
                capabilities.put(capability, new CapabilityData(capability, revision, contracts, endOfSupport.get(capability)));
            }
        });
        return new Snapshot(revision, Map.copyOf(capabilities));
    }
}
