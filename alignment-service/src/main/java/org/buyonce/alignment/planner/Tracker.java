package org.buyonce.alignment.planner;

import org.buyonce.events.ContractStatus;
import org.buyonce.events.RenewalType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Follows a plan after adoption: each contract's part as adopted (its role, the date it must end on) against the
 * contract as it is now. The contract is assessed again for the plan's target, today; if it still takes the same
 * part on time, its next action's deadline says ON_TRACK or DUE; if only a deadline that has passed stands between
 * it and the plan, it is OVERDUE; if its terms no longer let it reach the plan at all, it has DRIFTED.
 */
public final class Tracker {

    /** A deadline this close or closer is DUE. */
    public static final int DUE_WITHIN_DAYS = 30;

    private final LocalDate today;
    private final Policy policy;

    public Tracker(LocalDate today, Policy policy) {
        this.today = today;
        this.policy = policy;
    }

    /**
     * @param role the part the contract took when the plan was adopted
     * @param goal the end it must reach: the plan's target, or its join date when it joins later
     * @param adopted the actions it was given, for the deadline of a bridge negotiated with the supplier
     * @param live the contract now, as the projection has it; empty once contract-service has deleted it
     */
    public TrackedPart track(Role role, LocalDate target, LocalDate goal, List<Action> adopted, Optional<PlannedContract> live,
            ContractStatus status) {
        if (live.isEmpty()) {
            return new TrackedPart(Tracking.DRIFTED, "the contract is no longer recorded", null);
        }
        PlannedContract contract = live.get();
        // A TACIT contract ending on the goal still renews unless notice is given (recorded as its termination then).
        boolean ends = contract.renewalType() == RenewalType.FIXED || status != ContractStatus.ACTIVE;
        if (contract.endDate().equals(goal) && ends) {
            return new TrackedPart(Tracking.DONE, "it ends on " + goal, null);
        }
        if (status != ContractStatus.ACTIVE) {
            return new TrackedPart(Tracking.DRIFTED, "it is " + status + ", ending " + contract.endDate() + ", not " + goal, null);
        }
        Assignment onTime = new Assessor(today, policy).assess(ContractTimeline.of(contract, today, policy), target);
        if (takes(onTime, role, goal)) {
            Action next = nextAction(onTime.actions(), adopted);
            if (next.deadline().isBefore(today)) {
                return new TrackedPart(Tracking.OVERDUE, next.detail() + ": due by " + next.deadline(), next);
            }
            long days = ChronoUnit.DAYS.between(today, next.deadline());
            Tracking tracking = days <= DUE_WITHIN_DAYS ? Tracking.DUE : Tracking.ON_TRACK;
            return new TrackedPart(tracking, next.detail() + ", by " + next.deadline() + " (" + days + " days)", next);
        }
        Assignment late = new Assessor(today, policy).assess(ContractTimeline.ignoringDeadlines(contract, today, policy), target);
        if (takes(late, role, goal)) {
            Action missed = late.actions().stream().filter(a -> a.deadline().isBefore(today)).findFirst()
                    .orElse(late.actions().get(0));
            return new TrackedPart(Tracking.OVERDUE, missed.detail() + ": due by " + missed.deadline() + ", now passed", missed);
        }
        return new TrackedPart(Tracking.DRIFTED, "it can no longer end on " + goal + " as adopted (" + role + "); now: "
                + describe(onTime), null);
    }

    private static boolean takes(Assignment assignment, Role role, LocalDate goal) {
        return assignment.role() == role && (role != Role.JOINS_LATER || goal.equals(assignment.joinDate()));
    }

    /** The first action still to do; a bridge keeps the negotiation deadline it was adopted with. */
    private static Action nextAction(List<Action> now, List<Action> adopted) {
        Action next = now.get(0);
        if (next.type() == ActionType.NEGOTIATE_BRIDGE) {
            return adopted.stream().filter(a -> a.type() == ActionType.NEGOTIATE_BRIDGE).findFirst()
                    .map(a -> new Action(a.type(), a.deadline(), next.detail())).orElse(next);
        }
        return next;
    }

    private static String describe(Assignment assignment) {
        return switch (assignment.role()) {
            case ALIGNED -> "it can end on the target";
            case BRIDGED -> "it would need a bridge of " + assignment.daysOff() + " days";
            case JOINS_LATER -> "it could join on " + assignment.joinDate();
            case CANNOT_REACH -> assignment.reason();
        };
    }
}
