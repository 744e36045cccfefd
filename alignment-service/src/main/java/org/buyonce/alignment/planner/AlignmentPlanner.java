package org.buyonce.alignment.planner;

import org.buyonce.dates.Months;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The "buy once, use three times" planner: for each capability with active contracts in two or more councils, one
 * co-termination date for a joint procurement, and each contract's way there. Plain Java, no framework: the rules
 * are in {@link ContractTimeline}, {@link Assessor} and {@link TargetSelector}; planning reads them off
 * {@link CapabilityColumns}, primitives, and leaves each assignment's objects to be made when read
 * ({@link PlannedAssignments}).
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
        Map<String, CapabilityColumns.Builder> byCapability = new HashMap<>();
        for (PlannedContract contract : contracts) {
            byCapability.computeIfAbsent(contract.capability(), c -> new CapabilityColumns.Builder(asOf, policy)).add(contract);
        }
        List<Opportunity> opportunities = new ArrayList<>();
        byCapability.forEach((capability, columns) ->
                plan(capability, columns.build(), earliestEndOfSupport.get(capability), asOf, policy).ifPresent(opportunities::add));
        opportunities.sort(Pressing.MOST_PRESSING_FIRST);
        return opportunities;
    }

    /** The opportunity of one capability, if its contracts span two or more councils and a target includes two. */
    public Optional<Opportunity> planCapability(String capability, List<PlannedContract> contracts,
            LocalDate earliestEndOfSupport, LocalDate asOf, Policy policy) {
        return plan(capability, CapabilityColumns.of(contracts, asOf, policy), earliestEndOfSupport, asOf, policy);
    }

    private static Optional<Opportunity> plan(String capability, CapabilityColumns columns, LocalDate earliestEndOfSupport,
            LocalDate asOf, Policy policy) {
        if (columns.councils.length < 2) {
            return Optional.empty();
        }
        OptionalLong target = new TargetSelector(asOf, policy).select(columns);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(opportunity(capability, columns, LocalDate.ofEpochDay(target.getAsLong()), earliestEndOfSupport, asOf, policy));
    }

    private static Opportunity opportunity(String capability, CapabilityColumns columns, LocalDate target,
            LocalDate earliestEndOfSupport, LocalDate asOf, Policy policy) {
        long day = target.toEpochDay();
        LocalDate procurementStart = Months.minus(target, policy.leadTimeMonths());
        long firstDeadline = procurementStart.toEpochDay();
        long unalignedPence = 0;
        long annualPence = 0;
        boolean annualInPence = true;
        boolean[] councilIncluded = new boolean[columns.councils.length];
        for (int i = 0; i < columns.size(); i++) {
            int end = columns.reached(i, day);
            if (end == CapabilityColumns.UNREACHABLE) {
                continue;
            }
            councilIncluded[columns.council[i]] = true;
            unalignedPence += columns.spend(i, Math.abs(day - columns.ends[end]));
            annualPence += columns.pence(i);
            annualInPence &= columns.inPence(i);
            firstDeadline = Math.min(firstDeadline, columns.firstDeadline(i, end, day));
        }
        List<String> councils = new ArrayList<>();
        for (int c = 0; c < councilIncluded.length; c++) {
            if (councilIncluded[c]) {
                councils.add(columns.councils[c]);
            }
        }
        Collections.sort(councils);
        BigDecimal annualSpendCovered = annualInPence ? BigDecimal.valueOf(annualPence, 2) : annualValueOfIncluded(columns, day);
        return new Opportunity(capability, asOf, policy, target, procurementStart, List.copyOf(councils),
                BigDecimal.valueOf(unalignedPence, 2), annualSpendCovered,
                new PlannedAssignments(CouncilOrder.sorted(columns), target, asOf, policy),
                earliestEndOfSupport != null && earliestEndOfSupport.isBefore(target),
                LocalDate.ofEpochDay(firstDeadline));
    }

    /** The exact sum, for values with more decimals than pence (never so from the projection, which keeps two). */
    private static BigDecimal annualValueOfIncluded(CapabilityColumns columns, long day) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.reached(i, day) != CapabilityColumns.UNREACHABLE) {
                total = total.add(columns.contracts[i].annualValue());
            }
        }
        return total;
    }
}
