package org.buyonce.alignment.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.alignment.planner.PlannedContract;
import org.buyonce.alignment.repository.ProjectionRepository;
import org.buyonce.events.ContractStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the planner works on, read from the projections and kept until they change. Every replica checks the shared
 * revision on each read, so none plans on data older than the last change it could see; on a change it reads only
 * the contracts changed since and the earliest end of support of the capabilities touched, and rebuilds only those.
 */
@ApplicationScoped
public class PlanningData {

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

    private final ProjectionRepository projections;
    private volatile Snapshot cached;

    public PlanningData(ProjectionRepository projections) {
        this.projections = projections;
    }

    public Snapshot current() {
        return QuarkusTransaction.joiningExisting().call(this::read);
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
