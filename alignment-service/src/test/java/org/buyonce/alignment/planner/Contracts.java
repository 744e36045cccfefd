package org.buyonce.alignment.planner;

import org.buyonce.events.RenewalType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Contracts for planner tests, written as the rules read: council, end, notice, options, value. */
final class Contracts {

    private Contracts() {
    }

    static PlannedContract fixed(String council, String capability, String end, int notice, List<Integer> options, String annualValue) {
        return new PlannedContract(UUID.randomUUID(), council, capability, council + "-" + capability, capability,
                LocalDate.parse(end), notice, RenewalType.FIXED, null, options, new BigDecimal(annualValue));
    }

    static PlannedContract tacit(String council, String capability, String end, int notice, int renewalMonths, String annualValue) {
        return new PlannedContract(UUID.randomUUID(), council, capability, council + "-" + capability, capability,
                LocalDate.parse(end), notice, RenewalType.TACIT, renewalMonths, List.of(), new BigDecimal(annualValue));
    }
}
