package org.buyonce.alignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.buyonce.alignment.AdoptedPart;
import org.buyonce.alignment.AlignmentPlan;
import org.buyonce.alignment.PlanStatus;
import org.buyonce.alignment.api.CouncilProgressResponse;
import org.buyonce.alignment.api.ProgrammeResponse;
import org.buyonce.alignment.planner.Role;
import org.buyonce.alignment.planner.TrackedPart;
import org.buyonce.alignment.planner.Tracking;
import org.buyonce.alignment.repository.PlanRepository;
import org.buyonce.commons.council.Council;
import org.buyonce.commons.council.Partnership;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The programme's progress over every plan not cancelled. A contract is aligned once it actually co-terminates: its
 * plan is AWARDED or IMPLEMENTED and its tracking is DONE; one that joins later counts from its join date on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgrammeService {

    private final PlanRepository plans;
    private final PlanProgress progress;
    private final Partnership partnership;
    private final Clock clock;

    public ProgrammeService(PlanRepository plans, PlanProgress progress, Partnership partnership, Clock clock) {
        this.plans = plans;
        this.progress = progress;
        this.partnership = partnership;
        this.clock = clock;
    }

    /** An included contract of a live plan, and whether it is aligned. */
    private record Counted(AdoptedPart part, boolean aligned) {
    }

    public ProgrammeResponse programme() {
        List<AlignmentPlan> all = plans.listAll();
        Map<PlanStatus, Long> byStatus = new EnumMap<>(PlanStatus.class);
        for (PlanStatus status : PlanStatus.values()) {
            byStatus.put(status, 0L);
        }
        byStatus.putAll(all.stream().collect(Collectors.groupingBy(p -> p.status, Collectors.counting())));
        List<AlignmentPlan> live = all.stream().filter(p -> p.status != PlanStatus.CANCELLED).toList();
        Map<UUID, PlanProgress.Progress> progressOf = progress.of(live);
        LocalDate today = LocalDate.now(clock);
        List<Counted> counted = new ArrayList<>();
        for (AlignmentPlan plan : live) {
            boolean delivered = plan.status == PlanStatus.AWARDED || plan.status == PlanStatus.IMPLEMENTED;
            for (AdoptedPart part : plan.contracts) {
                if (part.included()) {
                    TrackedPart tracked = progressOf.get(plan.id).parts().get(part.contractId());
                    counted.add(new Counted(part, delivered && tracked.tracking() == Tracking.DONE && joined(part, today)));
                }
            }
        }
        List<CouncilProgressResponse> councils = partnership.councils().stream().map(Council::code)
                .map(code -> progressOf(code, counted.stream().filter(c -> c.part().council().equals(code)).toList())).toList();
        CouncilProgressResponse total = progressOf(null, counted);
        return new ProgrammeResponse(byStatus, total.contracts(), total.contractsAligned(), total.annualSpend(),
                total.annualSpendAligned(), total.summary(), councils);
    }

    private static boolean joined(AdoptedPart part, LocalDate today) {
        return part.role() != Role.JOINS_LATER || !part.joinDate().isAfter(today);
    }

    private static CouncilProgressResponse progressOf(String council, List<Counted> counted) {
        List<Counted> aligned = counted.stream().filter(Counted::aligned).toList();
        return new CouncilProgressResponse(council, counted.size(), aligned.size(), annual(counted), annual(aligned),
                aligned.size() + " of " + counted.size() + " contracts aligned");
    }

    private static BigDecimal annual(List<Counted> counted) {
        return counted.stream().map(c -> c.part().annualValue()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
