package org.buyonce.alignment.planner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's part in an opportunity.
 *
 * @param daysOff        days between the contract's achievable end and the target (0 when ALIGNED)
 * @param unalignedSpend annual value × days off / 365, in pounds to the penny (HALF_UP)
 * @param joinDate       when the council joins the joint contract: the target, or the later end if it JOINS_LATER
 */
public record Assignment(
        PlannedContract contract,
        Role role,
        long daysOff,
        BigDecimal unalignedSpend,
        LocalDate joinDate,
        String reason,
        List<Action> actions) {

    public boolean included() {
        return role != Role.CANNOT_REACH;
    }
}
