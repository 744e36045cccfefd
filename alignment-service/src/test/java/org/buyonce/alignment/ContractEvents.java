package org.buyonce.alignment;

import org.buyonce.dates.Months;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.OptionStatus;
import org.buyonce.events.RenewalType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** contract-renewals data as contract-service writes it, for the contracts a test needs. */
public final class ContractEvents {

    private ContractEvents() {
    }

    public static ContractRenewalState fixed(UUID id, long version, String council, String capability, String end, String annualValue,
            Integer... options) {
        LocalDate endDate = LocalDate.parse(end);
        List<ContractRenewalState.ExtensionOption> extensionOptions = Arrays.stream(options)
                .map(m -> new ContractRenewalState.ExtensionOption(m, OptionStatus.AVAILABLE)).toList();
        LocalDate latest = Months.plus(endDate, Arrays.stream(options).mapToInt(Integer::intValue).sum());
        return new ContractRenewalState(id, version, council, council + "-" + capability, capability + " contract",
                new ContractRenewalState.Supplier("Supplier Ltd", null), capability, LocalDate.of(2022, 4, 1), endDate,
                extensionOptions, 3, Months.minus(endDate, 3), RenewalType.FIXED, null, latest,
                new BigDecimal(annualValue).setScale(2), "open procedure", ContractStatus.ACTIVE, List.of());
    }

    /** The same contract under the Procurement Act 2023, started on a day, owing the notices given. */
    public static ContractRenewalState underTheAct(ContractRenewalState s, LocalDate start, ContractRenewalState.NoticeDue... due) {
        return new ContractRenewalState(s.id(), s.version(), s.council(), s.reference(), s.title(), s.supplier(), s.capability(), start,
                s.endDate(), s.extensionOptions(), s.noticePeriodMonths(), s.noticeDeadline(), s.renewalType(), s.renewalPeriodMonths(),
                s.latestPossibleEnd(), s.annualValue(), s.procurementRoute(), s.status(), s.participants(), "PA2023",
                s.latestPossibleEnd(), List.of(due));
    }

    public static String capability(String base) {
        return base + "-" + Long.toHexString(System.nanoTime());
    }
}
