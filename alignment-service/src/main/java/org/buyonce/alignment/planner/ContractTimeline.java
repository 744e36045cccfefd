package org.buyonce.alignment.planner;

import org.buyonce.dates.Months;
import org.buyonce.events.RenewalType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ends a contract can still reach, seen from the planning date, and what must be done to reach each.
 * <ul>
 * <li>FIXED: its current end always; then each AVAILABLE option in order, while the option's decision date (the end
 * before it minus the notice period) is on or after asOf.</li>
 * <li>TACIT: end + k × renewal period, up to asOf + 10 years, keeping only ends whose notice date is on or after
 * asOf (for an earlier one it is too late to give notice: the contract renews).</li>
 * </ul>
 */
final class ContractTimeline {

    static final int TACIT_HORIZON_YEARS = 10;

    private final PlannedContract contract;
    private final LocalDate[] ends;
    private final long[] endDays;
    /** Per end, the last day a bridge from it may reach (end + B months): computed once, used for every candidate. */
    private final long[] bridgeLimitDays;

    private ContractTimeline(PlannedContract contract, CapabilityColumns.Days ends, int maxBridgeMonths) {
        this.contract = contract;
        this.endDays = Arrays.copyOf(ends.days, ends.size);
        this.ends = new LocalDate[endDays.length];
        this.bridgeLimitDays = new long[endDays.length];
        for (int i = 0; i < endDays.length; i++) {
            this.ends[i] = LocalDate.ofEpochDay(endDays[i]);
            bridgeLimitDays[i] = Months.plus(endDays[i], maxBridgeMonths);
        }
    }

    static ContractTimeline of(PlannedContract contract, LocalDate asOf, Policy policy) {
        return of(contract, asOf, policy, true);
    }

    /** The ends it could reach if no decision date had passed: what its terms still allow, on time or not. */
    static ContractTimeline ignoringDeadlines(PlannedContract contract, LocalDate asOf, Policy policy) {
        return of(contract, asOf, policy, false);
    }

    private static ContractTimeline of(PlannedContract contract, LocalDate asOf, Policy policy, boolean onTime) {
        CapabilityColumns.Days ends = new CapabilityColumns.Days(4);
        CapabilityColumns.addAchievableEnds(contract, asOf.toEpochDay(), asOf.plusYears(TACIT_HORIZON_YEARS).toEpochDay(),
                onTime, ends);
        return new ContractTimeline(contract, ends, policy.maxBridgeMonths());
    }

    PlannedContract contract() {
        return contract;
    }

    int size() {
        return ends.length;
    }

    LocalDate end(int index) {
        return ends[index];
    }

    long bridgeLimitDay(int index) {
        return bridgeLimitDays[index];
    }

    /** Index of the end equal to the day, or -(insertion point) - 1, as {@link java.util.Arrays#binarySearch}. */
    int search(long epochDay) {
        return Arrays.binarySearch(endDays, epochDay);
    }

    /** What makes the contract end on ends[index] rather than earlier or later. */
    List<Action> actionsToReach(int index) {
        List<Action> actions = new ArrayList<>();
        int notice = contract.noticePeriodMonths();
        if (contract.renewalType() == RenewalType.FIXED) {
            for (int option = 1; option <= index; option++) {
                LocalDate from = ends[option - 1];
                actions.add(new Action(ActionType.EXERCISE_OPTION, Months.minus(from, notice),
                        "Exercise the next extension option (" + contract.availableOptions().get(option - 1)
                                + " months): the end moves from " + from + " to " + ends[option]));
            }
        } else {
            LocalDate end = ends[index];
            actions.add(new Action(ActionType.GIVE_NOTICE, Months.minus(end, notice),
                    "Give notice so that the contract ends on " + end + " instead of renewing for "
                            + contract.renewalPeriodMonths() + " months"));
        }
        return actions;
    }
}
