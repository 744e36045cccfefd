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
                s.latestPossibleEnd(), List.of(due), s.owner(), null, List.of(), null);
    }

    /** CAM's joint contract for a plan, from start to end at £100,000 a year, shared equally by the councils given. */
    public static ContractRenewalState joint(UUID id, String capability, UUID plan, String start, String end, List<UUID> replaces,
            String... councils) {
        LocalDate endDate = LocalDate.parse(end);
        BigDecimal share = new BigDecimal("100").divide(BigDecimal.valueOf(councils.length), 2, java.math.RoundingMode.DOWN);
        return new ContractRenewalState(id, 0, "CAM", "CAM-JOINT-" + capability, "Joint " + capability + " contract",
                new ContractRenewalState.Supplier("Supplier Ltd", null), capability, LocalDate.parse(start), endDate, List.of(), 3,
                Months.minus(endDate, 3), RenewalType.FIXED, null, endDate, new BigDecimal("100000.00"), "open procedure",
                ContractStatus.ACTIVE, Arrays.stream(councils).map(c -> new ContractRenewalState.Participant(c, share)).toList(),
                "PA2023", endDate, List.of(), null, plan, replaces, null);
    }

    /** The same contract one version on, replaced by another (or by none, when successor is null). */
    public static ContractRenewalState replacedBy(ContractRenewalState s, UUID successor) {
        return new ContractRenewalState(s.id(), s.version() + 1, s.council(), s.reference(), s.title(), s.supplier(), s.capability(),
                s.startDate(), s.endDate(), s.extensionOptions(), s.noticePeriodMonths(), s.noticeDeadline(), s.renewalType(),
                s.renewalPeriodMonths(), s.latestPossibleEnd(), s.annualValue(), s.procurementRoute(), s.status(), s.participants(),
                s.regime(), s.awardedMaximumEnd(), s.statutoryNoticesDue(), s.owner(), s.planId(), s.replaces(), successor);
    }

    /** The same contract, unchanged, one version on. */
    public static ContractRenewalState nextVersion(ContractRenewalState s) {
        return replacedBy(s, s.replacedBy());
    }

    /** The same contract, owned by someone (or by nobody, when email is null). */
    public static ContractRenewalState withOwner(ContractRenewalState s, String name, String email) {
        return new ContractRenewalState(s.id(), s.version(), s.council(), s.reference(), s.title(), s.supplier(), s.capability(),
                s.startDate(), s.endDate(), s.extensionOptions(), s.noticePeriodMonths(), s.noticeDeadline(), s.renewalType(),
                s.renewalPeriodMonths(), s.latestPossibleEnd(), s.annualValue(), s.procurementRoute(), s.status(), s.participants(),
                s.regime(), s.awardedMaximumEnd(), s.statutoryNoticesDue(), email == null ? null : new ContractRenewalState.Owner(name, email),
                s.planId(), s.replaces(), s.replacedBy());
    }

    public static String capability(String base) {
        return base + "-" + Long.toHexString(System.nanoTime());
    }
}
