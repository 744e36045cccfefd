package org.buyonce.alignment.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.alignment.planner.PlannedContract;
import org.buyonce.alignment.repository.ProjectionRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the planner works on, read from the projections and kept until they change. Every replica checks the shared
 * revision counter, so none plans on data older than the last change it could see.
 */
@ApplicationScoped
public class PlanningData {

    /** The active contracts and, per capability, the earliest end of support of an asset in use, at a revision. */
    public record Snapshot(long revision, List<PlannedContract> contracts, Map<String, LocalDate> earliestEndOfSupport) {
    }

    private final ProjectionRepository projections;
    private volatile Snapshot cached;

    public PlanningData(ProjectionRepository projections) {
        this.projections = projections;
    }

    public Snapshot current() {
        long revision = QuarkusTransaction.joiningExisting().call(projections::revision);
        Snapshot snapshot = cached;
        if (snapshot != null && snapshot.revision() == revision) {
            return snapshot;
        }
        synchronized (this) {
            if (cached != null && cached.revision() >= revision) {
                return cached;
            }
            // Read after the revision: the data is at least as new as the revision it is filed under.
            Snapshot fresh = QuarkusTransaction.joiningExisting().call(() -> new Snapshot(revision,
                    projections.activeContracts().stream().map(ContractProjection::toPlanned).toList(),
                    projections.earliestEndOfSupport()));
            cached = fresh;
            return fresh;
        }
    }
}
