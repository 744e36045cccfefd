package org.buyonce.alignment.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.buyonce.alignment.AlignmentPlan;
import org.buyonce.alignment.PlanStatus;
import org.buyonce.alignment.config.PlannerConfig;
import org.buyonce.alignment.dashboard.Dashboard;
import org.buyonce.alignment.dashboard.DashboardService;
import org.buyonce.alignment.projection.ContractProjection;
import org.buyonce.alignment.repository.PlanRepository;
import org.buyonce.alignment.repository.ProjectionRepository;
import org.buyonce.alignment.service.PlanningQuery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What falls to a council in the next 90 days, overdue first: the dashboard's decisions for it (plan approvals, bridges
 * and the other actions of its plans and opportunities, its Find a Tender notices), the notice deadline of each of its
 * contracts that no plan or opportunity already lists, and every plan awaiting its approval.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Digests {

    private static final Comparator<Dashboard.Decision> OVERDUE_FIRST = Comparator.comparing((Dashboard.Decision d) -> !d.overdue())
            .thenComparing(Dashboard.Decision::date).thenComparing(d -> d.reference() == null ? "" : d.reference());

    private final DashboardService dashboards;
    private final ProjectionRepository projections;
    private final PlanRepository plans;
    private final PlannerConfig defaults;

    public Digests(DashboardService dashboards, ProjectionRepository projections, PlanRepository plans, PlannerConfig defaults) {
        this.dashboards = dashboards;
        this.projections = projections;
        this.plans = plans;
        this.defaults = defaults;
    }

    public List<Dashboard.Decision> of(String council, LocalDate today) {
        List<Dashboard.Decision> items = new ArrayList<>(dashboards.of(council, null, PlanningQuery.of(today, null, null, today, defaults))
                .decisions());
        Set<String> listed = new HashSet<>();
        items.forEach(item -> listed.add(item.reference() + "@" + item.date()));
        LocalDate horizon = today.plusDays(Dashboard.DECISIONS_DAYS);
        for (ContractProjection contract : projections.activeContracts()) {
            if (!contract.council.equals(council)) {
                continue;
            }
            ContractDeadlines.noticeDeadline(contract)
                    .filter(d -> !d.date().isBefore(today) && !d.date().isAfter(horizon))
                    .filter(d -> listed.add(contract.reference + "@" + d.date()))
                    .ifPresent(d -> items.add(new Dashboard.Decision(d.date(), ChronoUnit.DAYS.between(today, d.date()), council,
                            contract.capability, contract.reference, d.what())));
        }
        for (AlignmentPlan plan : plans.all(PlanStatus.IDENTIFIED, null, council)) {
            if (plan.awaitingApproval().contains(council) && listed.add(null + "@" + plan.procurementStart)) {
                // Awaited now, however far off its procurement start is: the committee has it to decide.
                items.add(DashboardService.approval(plan, council, today));
            }
        }
        items.sort(OVERDUE_FIRST);
        return items;
    }
}
