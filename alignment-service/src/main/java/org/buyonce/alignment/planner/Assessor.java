package org.buyonce.alignment.planner;

import org.buyonce.dates.Months;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The exact rules: a contract's role for a target date, its days off, unaligned spend and actions. */
final class Assessor {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private final LocalDate asOf;
    private final Policy policy;

    Assessor(LocalDate asOf, Policy policy) {
        this.asOf = asOf;
        this.policy = policy;
    }

    Assignment assess(ContractTimeline timeline, LocalDate target) {
        PlannedContract contract = timeline.contract();
        int found = timeline.search(target.toEpochDay());
        if (found >= 0) {
            return new Assignment(contract, Role.ALIGNED, 0, BigDecimal.ZERO.setScale(2), target, null,
                    timeline.actionsToReach(found));
        }
        int after = -found - 1; // index of the earliest end after the target, or size() if none
        int before = after - 1; // index of the latest end before it, or -1
        LocalDate lower = before >= 0 ? timeline.end(before) : null;
        LocalDate upper = after < timeline.size() ? timeline.end(after) : null;
        boolean canBridge = lower != null && target.toEpochDay() <= timeline.bridgeLimitDay(before);
        boolean canJoin = upper != null;
        long bridgeDays = lower == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(lower, target);
        long joinDays = upper == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(target, upper);

        if (canBridge && (!canJoin || bridgeDays < joinDays)) {
            List<Action> actions = new ArrayList<>(timeline.actionsToReach(before));
            actions.removeIf(a -> a.type() == ActionType.GIVE_NOTICE); // it is extended, not ended, at the lower end
            LocalDate negotiateBy = max(asOf, Months.minus(lower, contract.noticePeriodMonths()));
            actions.add(new Action(ActionType.NEGOTIATE_BRIDGE, negotiateBy,
                    "Negotiate an extension of " + bridgeDays + " days, from " + lower + " to " + target));
            Integer term = contract.awardedTermDays();
            if (term != null && bridgeDays * 10 > term) {
                // The value moves with the term (annual value x days), so the term's 10% decides for both.
                actions.add(new Action(ActionType.PUBLISH_CHANGE_NOTICE, negotiateBy, "Publish a contract change notice (UK10) "
                        + "before agreeing the extension: " + bridgeDays + " days is more than 10% of the awarded maximum term of "
                        + term + " days, a substantial modification under the Procurement Act 2023, lawful only on a "
                        + "Schedule 8 ground"));
            }
            return new Assignment(contract, Role.BRIDGED, bridgeDays, spend(contract, bridgeDays), target, null, actions);
        }
        if (canJoin) {
            List<Action> actions = new ArrayList<>(timeline.actionsToReach(after));
            actions.add(new Action(ActionType.JOIN, upper,
                    "Join the joint contract on " + upper + ", " + joinDays + " days after it starts"));
            return new Assignment(contract, Role.JOINS_LATER, joinDays, spend(contract, joinDays), upper, null, actions);
        }
        return new Assignment(contract, Role.CANNOT_REACH, 0, BigDecimal.ZERO.setScale(2), null,
                cannotReach(timeline, lower, target), List.of());
    }

    static BigDecimal spend(PlannedContract contract, long daysOff) {
        return contract.annualValue().multiply(BigDecimal.valueOf(daysOff)).divide(DAYS_PER_YEAR, 2, RoundingMode.HALF_UP);
    }

    private String cannotReach(ContractTimeline timeline, LocalDate lower, LocalDate target) {
        if (timeline.size() == 0) {
            return "no end it can still reach within " + ContractTimeline.TACIT_HORIZON_YEARS + " years";
        }
        return "its latest achievable end, " + lower + ", is more than " + policy.maxBridgeMonths()
                + " months before " + target + " and it cannot end later";
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
