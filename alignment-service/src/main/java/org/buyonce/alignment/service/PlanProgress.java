package org.buyonce.alignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.alignment.AdoptedPart;
import org.buyonce.alignment.AlignmentPlan;
import org.buyonce.alignment.PlanStatus;
import org.buyonce.alignment.planner.Policy;
import org.buyonce.alignment.planner.Role;
import org.buyonce.alignment.planner.TrackedPart;
import org.buyonce.alignment.planner.Tracker;
import org.buyonce.alignment.planner.Tracking;
import org.buyonce.alignment.projection.ContractProjection;
import org.buyonce.alignment.repository.ProjectionRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How each plan is doing, from the live contract projection: every included contract of a plan not cancelled is
 * tracked against its part as adopted, and the plan's tracking is the worst of theirs. Computed when read, so a plan
 * reflects a contract change as soon as its event has reached the projection.
 */
@ApplicationScoped
public class PlanProgress {

    /** A plan's tracking (null when cancelled) and each tracked contract's. */
    public record Progress(Tracking tracking, Map<UUID, TrackedPart> parts) {
        static final Progress NONE = new Progress(null, Map.of());
    }

    private final ProjectionRepository projections;
    private final Clock clock;

    public PlanProgress(ProjectionRepository projections, Clock clock) {
        this.projections = projections;
        this.clock = clock;
    }

    public Progress of(AlignmentPlan plan) {
        return of(List.of(plan)).get(plan.id);
    }

    /** The progress of each plan, reading the contracts of all of them at once. */
    public Map<UUID, Progress> of(Collection<AlignmentPlan> plans) {
        List<UUID> ids = plans.stream().flatMap(p -> p.contracts.stream()).map(AdoptedPart::contractId).distinct().toList();
        Map<UUID, ContractProjection> live = projections.contracts(ids).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Progress> progress = new HashMap<>();
        for (AlignmentPlan plan : plans) {
            progress.put(plan.id, plan.status == PlanStatus.CANCELLED ? Progress.NONE : track(plan, live, today));
        }
        return progress;
    }

    private static Progress track(AlignmentPlan plan, Map<UUID, ContractProjection> live, LocalDate today) {
        Tracker tracker = new Tracker(today, new Policy(plan.leadTimeMonths, plan.maxBridgeMonths));
        Map<UUID, TrackedPart> parts = new HashMap<>();
        Tracking worst = Tracking.DONE;
        for (AdoptedPart part : plan.contracts) {
            if (!part.included()) {
                continue;
            }
            ContractProjection contract = live.get(part.contractId());
            LocalDate goal = part.role() == Role.JOINS_LATER ? part.joinDate() : plan.targetDate;
            TrackedPart tracked = replacedInTime(plan, part, contract) ? new TrackedPart(Tracking.DONE, "replaced by the joint "
                    + "contract from " + plan.jointContractStart + "; it ends on " + contract.endDate, null) : tracker.track(part.role(), plan.targetDate, goal, part.actions(),
                    Optional.ofNullable(contract).map(ContractProjection::toPlanned), contract == null ? null : contract.status);
            parts.put(part.contractId(), tracked);
            worst = worst.worse(tracked.tracking());
        }
        return new Progress(worst, parts);
    }

    /** Replaced by the plan's joint contract, and ending by its start (or, joining later, by its join date). */
    private static boolean replacedInTime(AlignmentPlan plan, AdoptedPart part, ContractProjection contract) {
        if (contract == null || plan.jointContractId == null || !plan.jointContractId.equals(contract.replacedBy)) {
            return false;
        }
        LocalDate by = part.role() == Role.JOINS_LATER ? part.joinDate() : plan.jointContractStart;
        return !contract.endDate.isAfter(by);
    }
}
