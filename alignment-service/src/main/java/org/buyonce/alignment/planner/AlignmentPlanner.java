package org.buyonce.alignment.planner;

import org.buyonce.dates.Months;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The "buy once, use three times" planner: for each capability with active contracts in two or more councils, one
 * co-termination date for a joint procurement, and each contract's way there. Plain Java, no framework: the rules
 * are in {@link ContractTimeline}, {@link Assessor} and {@link TargetSelector}.
 */
public final class AlignmentPlanner {

    /**
     * Plans every capability.
     *
     * @param contracts          the active contracts
     * @param earliestEndOfSupport per capability, the earliest end of support of an asset still in use (may be empty)
     */
    public List<Opportunity> plan(Collection<PlannedContract> contracts, Map<String, LocalDate> earliestEndOfSupport,
            LocalDate asOf, Policy policy) {
        Map<String, List<PlannedContract>> byCapability = new TreeMap<>();
        for (PlannedContract contract : contracts) {
            byCapability.computeIfAbsent(contract.capability(), c -> new ArrayList<>()).add(contract);
        }
        List<Opportunity> opportunities = new ArrayList<>();
        byCapability.forEach((capability, group) ->
                planCapability(capability, group, earliestEndOfSupport.get(capability), asOf, policy).ifPresent(opportunities::add));
        opportunities.sort(Pressing.MOST_PRESSING_FIRST);
        return opportunities;
    }

    /** The opportunity of one capability, if its contracts span two or more councils and a target includes two. */
    public Optional<Opportunity> planCapability(String capability, List<PlannedContract> contracts,
            LocalDate earliestEndOfSupport, LocalDate asOf, Policy policy) {
        if (contracts.stream().map(PlannedContract::council).distinct().count() < 2) {
            return Optional.empty();
        }
        Assessor assessor = new Assessor(asOf, policy);
        List<ContractTimeline> timelines = new ArrayList<>(contracts.size());
        for (PlannedContract contract : contracts) {
            timelines.add(ContractTimeline.of(contract, asOf, policy));
        }
        return new TargetSelector(assessor, asOf, policy).select(timelines)
                .map(target -> opportunity(capability, timelines, assessor, target, earliestEndOfSupport, asOf, policy));
    }

    private static Opportunity opportunity(String capability, List<ContractTimeline> timelines, Assessor assessor,
            LocalDate target, LocalDate earliestEndOfSupport, LocalDate asOf, Policy policy) {
        List<Assignment> assignments = CouncilOrder.sorted(timelines.stream().map(t -> assessor.assess(t, target)).toList());
        List<Assignment> included = assignments.stream().filter(Assignment::included).toList();
        LocalDate procurementStart = Months.minus(target, policy.leadTimeMonths());
        LocalDate firstDeadline = Stream.concat(Stream.of(procurementStart),
                        included.stream().flatMap(a -> a.actions().stream()).map(Action::deadline))
                .min(Comparator.naturalOrder()).orElseThrow();
        return new Opportunity(capability, asOf, policy, target, procurementStart,
                included.stream().map(a -> a.contract().council()).distinct().sorted().toList(),
                included.stream().map(Assignment::unalignedSpend).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                included.stream().map(a -> a.contract().annualValue()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                assignments,
                earliestEndOfSupport != null && earliestEndOfSupport.isBefore(target),
                firstDeadline);
    }
}
