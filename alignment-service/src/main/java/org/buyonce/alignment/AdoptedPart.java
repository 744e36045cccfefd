package org.buyonce.alignment;

import org.buyonce.alignment.planner.Action;
import org.buyonce.alignment.planner.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contract's part in a plan, as the planner proposed it when the plan was adopted; kept with the plan, unchanged. */
public record AdoptedPart(
        UUID contractId,
        String council,
        String reference,
        String title,
        Role role,
        long daysOff,
        BigDecimal unalignedSpend,
        BigDecimal annualValue,
        LocalDate joinDate,
        String reason,
        List<Action> actions) {

    public boolean included() {
        return role != Role.CANNOT_REACH;
    }
}
