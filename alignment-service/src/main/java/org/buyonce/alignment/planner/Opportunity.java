package org.buyonce.alignment.planner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposed joint procurement for one capability: the co-termination date and each contract's part in it.
 *
 * @param councils           the councils of the included contracts, sorted
 * @param unalignedSpend     the sum over included contracts
 * @param annualSpendCovered the annual value of the included contracts
 * @param urgent             an asset of the capability is past, or reaches, its end of support before the target
 * @param firstDeadline      the earliest date anything must be done by: an action, or the start of procurement
 */
public record Opportunity(
        String capability,
        LocalDate asOf,
        Policy policy,
        LocalDate targetDate,
        LocalDate procurementStart,
        List<String> councils,
        BigDecimal unalignedSpend,
        BigDecimal annualSpendCovered,
        List<Assignment> assignments,
        boolean urgent,
        LocalDate firstDeadline) implements Pressing {
}
