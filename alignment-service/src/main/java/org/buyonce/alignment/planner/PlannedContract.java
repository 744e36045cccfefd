package org.buyonce.alignment.planner;

import org.buyonce.events.RenewalType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the planner needs of an active contract.
 *
 * @param availableOptions the months of each AVAILABLE extension option, in the order they must be used
 * @param awardedTermDays  the days of its awarded maximum term, both ends counted, for a contract under the Procurement
 *                         Act 2023; null otherwise (a bridge beyond a tenth of them is a substantial modification)
 */
public record PlannedContract(
        UUID id,
        String council,
        String capability,
        String reference,
        String title,
        LocalDate endDate,
        int noticePeriodMonths,
        RenewalType renewalType,
        Integer renewalPeriodMonths,
        List<Integer> availableOptions,
        BigDecimal annualValue,
        Integer awardedTermDays) {

    /** A contract the Procurement Act's modification rules do not reach. */
    public PlannedContract(UUID id, String council, String capability, String reference, String title, LocalDate endDate,
            int noticePeriodMonths, RenewalType renewalType, Integer renewalPeriodMonths, List<Integer> availableOptions,
            BigDecimal annualValue) {
        this(id, council, capability, reference, title, endDate, noticePeriodMonths, renewalType, renewalPeriodMonths,
                availableOptions, annualValue, null);
    }

    public PlannedContract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(renewalType, "renewalType");
        Objects.requireNonNull(annualValue, "annualValue");
        availableOptions = availableOptions == null ? List.of() : List.copyOf(availableOptions);
        if (renewalType == RenewalType.TACIT && (renewalPeriodMonths == null || renewalPeriodMonths < 1)) {
            throw new IllegalArgumentException("a TACIT contract needs a renewal period");
        }
    }
}
