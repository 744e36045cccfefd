package org.buyonce.alignment.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.buyonce.alignment.AdoptedPart;
import org.buyonce.alignment.AlignmentPlan;
import org.buyonce.alignment.api.ActionResponse;
import org.buyonce.alignment.api.ContractPartResponse;
import org.buyonce.alignment.api.CouncilProgressResponse;
import org.buyonce.alignment.api.OpportunityResponse;
import org.buyonce.alignment.api.ProgrammeResponse;
import org.buyonce.alignment.planner.TrackedPart;
import org.buyonce.alignment.projection.ContractProjection;
import org.buyonce.alignment.repository.PlanRepository;
import org.buyonce.alignment.repository.ProjectionRepository;
import org.buyonce.alignment.service.OpportunityService;
import org.buyonce.alignment.service.PlanProgress;
import org.buyonce.alignment.service.PlanningQuery;
import org.buyonce.alignment.service.ProgrammeService;
import org.buyonce.dates.Months;
import org.buyonce.events.RenewalType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The councillors' page from what the service knows: the programme, a timeline per shared capability (its open plan,
 * or else its opportunity), the decisions due, the plans and the capabilities made urgent by ageing assets.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    private final ProgrammeService programme;
    private final OpportunityService opportunities;
    private final PlanRepository plans;
    private final PlanProgress progress;
    private final ProjectionRepository projections;
    private final Clock clock;

    public DashboardService(ProgrammeService programme, OpportunityService opportunities, PlanRepository plans, PlanProgress progress,
            ProjectionRepository projections, Clock clock) {
        this.programme = programme;
        this.opportunities = opportunities;
        this.plans = plans;
        this.progress = progress;
        this.projections = projections;
        this.clock = clock;
    }

    /** The page for one council (or all, when null), one capability (or all), planning as of a date. */
    public Dashboard of(String council, String capability, PlanningQuery query) {
        LocalDate today = LocalDate.now(clock);
        ProgrammeResponse totals = programme.programme();
        List<Dashboard.Progress> councils = totals.councils().stream()
                .filter(c -> council == null || c.council().equals(council))
                .map(DashboardService::progress).toList();
        List<AlignmentPlan> open = plans.all(null, capability, council).stream().filter(p -> p.status.isOpen()).toList();
        Map<UUID, PlanProgress.Progress> tracked = progress.of(open);
        Map<String, AlignmentPlan> planOf = open.stream().collect(Collectors.toMap(p -> p.capability, Function.identity()));
        Map<String, OpportunityResponse> opportunityOf = opportunities.responses(query, council, capability).stream()
                .collect(Collectors.toMap(OpportunityResponse::capability, Function.identity()));
        List<ContractProjection> active = projections.activeContracts();

        TreeSet<String> shown = new TreeSet<>(planOf.keySet());
        shown.addAll(opportunityOf.keySet());
        List<Timeline> timelines = new ArrayList<>();
        for (String code : shown) {
            AlignmentPlan plan = planOf.get(code);
            List<ContractProjection> contracts = active.stream().filter(c -> c.capability.equals(code))
                    .filter(c -> council == null || c.council.equals(council))
                    .sorted(Comparator.comparing((ContractProjection c) -> c.council).thenComparing(c -> c.endDate)).toList();
            if (contracts.isEmpty()) {
                continue;
            }
            timelines.add(plan != null ? planTimeline(plan, tracked.get(plan.id), contracts, today)
                    : opportunityTimeline(opportunityOf.get(code), contracts, today));
        }
        // A contract a joint contract replaces is decided: no option or bridge of it is listed.
        Set<UUID> replaced = active.stream().filter(c -> c.replacedBy != null).map(c -> c.id).collect(Collectors.toSet());
        List<Dashboard.Decision> decisions = new ArrayList<>();
        for (AlignmentPlan plan : open) {
            decisions.addAll(planDecisions(plan, tracked.get(plan.id), council, today, replaced));
        }
        opportunityOf.values().stream().filter(o -> !planOf.containsKey(o.capability()))
                .forEach(o -> decisions.addAll(opportunityDecisions(o, council, query.asOf(), replaced)));
        decisions.addAll(noticeDecisions(council, capability, today));
        decisions.sort(Comparator.comparing(Dashboard.Decision::date).thenComparing(Dashboard.Decision::council));
        Map<UUID, ContractProjection> joint = projections.contracts(open.stream().map(p -> p.jointContractId).filter(Objects::nonNull)
                .toList()).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<Dashboard.PlanLine> planLines = open.stream().sorted(Comparator.comparing((AlignmentPlan p) -> p.targetDate))
                .map(p -> new Dashboard.PlanLine(p.capability, p.status.name(), p.targetDate,
                        tracked.get(p.id).tracking() == null ? "—" : tracked.get(p.id).tracking().name(), p.councils, p.awaitingApproval(),
                        jointContract(p, joint.get(p.jointContractId))))
                .toList();
        return new Dashboard(council, capability, query.asOf(), today, totalSummary(totals, councils, council), councils, timelines,
                decisions, planLines, urgent(shown, planOf, opportunityOf, today));
    }

    private static Dashboard.Progress progress(CouncilProgressResponse council) {
        return new Dashboard.Progress(council.council(), council.contracts(), council.contractsAligned(), council.summary());
    }

    private static String totalSummary(ProgrammeResponse totals, List<Dashboard.Progress> councils, String council) {
        return council == null ? totals.summary() : councils.get(0).summary();
    }

    private static Timeline planTimeline(AlignmentPlan plan, PlanProgress.Progress tracked, List<ContractProjection> contracts,
            LocalDate today) {
        Map<UUID, AdoptedPart> parts = plan.contracts.stream().collect(Collectors.toMap(AdoptedPart::contractId, Function.identity()));
        List<TimelineChart.Bar> bars = contracts.stream().map(c -> {
            AdoptedPart part = parts.get(c.id);
            TrackedPart tracking = tracked.parts().get(c.id);
            return bar(c, part == null ? "not in the plan" : part.role().name(),
                    tracking == null ? null : tracking.tracking().name(), tracking == null ? null : tracking.reason());
        }).toList();
        return TimelineChart.of(plan.capability, "Plan: " + plan.capability, plan.targetDate, plan.procurementStart, plan.status.name(),
                tracked.tracking() == null ? null : tracked.tracking().name(), bars, today);
    }

    private static Timeline opportunityTimeline(OpportunityResponse opportunity, List<ContractProjection> contracts, LocalDate today) {
        Map<UUID, ContractPartResponse> parts = opportunity.contracts().stream()
                .collect(Collectors.toMap(ContractPartResponse::contractId, Function.identity()));
        List<TimelineChart.Bar> bars = contracts.stream().map(c -> {
            ContractPartResponse part = parts.get(c.id);
            return bar(c, part == null ? "not included" : part.role().name(), null, part == null ? null
                    : part.actions().stream().findFirst().map(a -> a.detail() + " by " + a.deadline()).orElse(part.reason()));
        }).toList();
        return TimelineChart.of(opportunity.capability(), "Opportunity: " + opportunity.capability(), opportunity.targetDate(),
                opportunity.procurementStart(), "OPPORTUNITY", null, bars, today);
    }

    private static TimelineChart.Bar bar(ContractProjection c, String role, String tracking, String note) {
        LocalDate latest = c.renewalType == RenewalType.TACIT ? c.endDate
                : Months.plus(c.endDate, c.availableOptions.stream().mapToInt(Integer::intValue).sum());
        LocalDate start = c.startDate == null ? c.endDate.minusYears(1) : c.startDate;
        return new TimelineChart.Bar(c.council, c.reference, c.title, start, c.endDate, latest, role, tracking, note);
    }

    /** The joint contract's reference and start, and what of it does not match the plan. */
    private static String jointContract(AlignmentPlan plan, ContractProjection contract) {
        String recorded = contract == null ? "—" : contract.reference + " (" + contract.council + "), from " + contract.startDate;
        return plan.jointContractMismatches.isEmpty() ? recorded
                : recorded + "; does not match: " + String.join("; ", plan.jointContractMismatches);
    }

    /** A council's approval a plan awaits, due when its procurement starts. */
    public static Dashboard.Decision approval(AlignmentPlan plan, String council, LocalDate today) {
        return decision(plan.procurementStart, today, council, plan.capability, null,
                "Approve the joint " + plan.capability + " plan before procurement starts");
    }

    private static List<Dashboard.Decision> planDecisions(AlignmentPlan plan, PlanProgress.Progress tracked, String council,
            LocalDate today, Set<UUID> replaced) {
        List<Dashboard.Decision> decisions = new ArrayList<>();
        LocalDate horizon = today.plusDays(Dashboard.DECISIONS_DAYS);
        for (String awaiting : plan.awaitingApproval()) {
            if ((council == null || awaiting.equals(council)) && !plan.procurementStart.isAfter(horizon)) {
                decisions.add(approval(plan, awaiting, today));
            }
        }
        for (AdoptedPart part : plan.contracts) {
            TrackedPart tracking = tracked.parts().get(part.contractId());
            if (tracking == null || tracking.nextAction() == null || (council != null && !part.council().equals(council))
                    || replaced.contains(part.contractId())) {
                continue;
            }
            if (!tracking.nextDeadline().isAfter(horizon)) {
                decisions.add(decision(tracking.nextDeadline(), today, part.council(), plan.capability, part.reference(),
                        tracking.nextAction().detail()));
            }
        }
        return decisions;
    }

    private static List<Dashboard.Decision> opportunityDecisions(OpportunityResponse opportunity, String council, LocalDate asOf,
            Set<UUID> replaced) {
        List<Dashboard.Decision> decisions = new ArrayList<>();
        LocalDate horizon = asOf.plusDays(Dashboard.DECISIONS_DAYS);
        for (ContractPartResponse part : opportunity.contracts()) {
            if ((council != null && !part.council().equals(council)) || replaced.contains(part.contractId())) {
                continue;
            }
            for (ActionResponse action : part.actions()) {
                if (!action.deadline().isBefore(asOf) && !action.deadline().isAfter(horizon)) {
                    decisions.add(decision(action.deadline(), asOf, part.council(), opportunity.capability(), part.reference(),
                            action.detail()));
                }
            }
        }
        return decisions;
    }

    /** The Find a Tender notices to publish, overdue ones included, whatever the contract's capability is shared with. */
    private List<Dashboard.Decision> noticeDecisions(String council, String capability, LocalDate today) {
        List<Dashboard.Decision> decisions = new ArrayList<>();
        LocalDate horizon = today.plusDays(Dashboard.DECISIONS_DAYS);
        for (ContractProjection contract : projections.owingNoticesBy(horizon, council)) {
            if (capability != null && !capability.equals(contract.capability)) {
                continue;
            }
            contract.statutoryNoticesDue.stream().filter(notice -> !notice.dueOn().isAfter(horizon))
                    .forEach(notice -> decisions.add(decision(notice.dueOn(), today, contract.council, contract.capability,
                            contract.reference, notice.type().toDo())));
        }
        return decisions;
    }

    private static Dashboard.Decision decision(LocalDate date, LocalDate today, String council, String capability, String reference,
            String what) {
        return new Dashboard.Decision(date, ChronoUnit.DAYS.between(today, date), council, capability, reference, what);
    }

    private List<Dashboard.UrgentCapability> urgent(TreeSet<String> shown, Map<String, AlignmentPlan> planOf,
            Map<String, OpportunityResponse> opportunityOf, LocalDate today) {
        Map<String, LocalDate> endOfSupport = projections.earliestEndOfSupport();
        List<Dashboard.UrgentCapability> urgent = new ArrayList<>();
        for (String capability : shown) {
            LocalDate target = Optional.ofNullable(planOf.get(capability)).map(p -> p.targetDate)
                    .orElseGet(() -> opportunityOf.get(capability).targetDate());
            LocalDate end = endOfSupport.get(capability);
            if (end != null && end.isBefore(target)) {
                urgent.add(new Dashboard.UrgentCapability(capability, end, target, end.isBefore(today)));
            }
        }
        return urgent;
    }
}
