package org.buyonce.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Data of a {@code contract-renewals} event: the contract's full renewal state after a change.
 * Field names are those of the Contract resource; consumers ignore fields they do not know.
 *
 * @param extensionOptions every option in order with its status; the AVAILABLE ones are what remains
 * @param noticeDeadline   current end minus the notice period
 * @param latestPossibleEnd end plus every AVAILABLE option; null for a TACIT contract
 * @param statutoryNoticesDue the Find a Tender notices the contract owes and has not published, soonest first: whether
 *                            each is overdue depends only on the day it is read
 * @param owner             who looks after it, reminded before its deadlines; null when nobody is named
 * @param planId            the alignment plan a joint contract was procured for
 * @param replaces          the contracts it succeeds
 * @param replacedBy        the contract that succeeds it, once one names it
 */
public record ContractRenewalState(
        UUID id,
        long version,
        String council,
        String reference,
        String title,
        Supplier supplier,
        String capability,
        LocalDate startDate,
        LocalDate endDate,
        List<ExtensionOption> extensionOptions,
        int noticePeriodMonths,
        LocalDate noticeDeadline,
        RenewalType renewalType,
        Integer renewalPeriodMonths,
        LocalDate latestPossibleEnd,
        BigDecimal annualValue,
        String procurementRoute,
        ContractStatus status,
        List<Participant> participants,
        String regime,
        LocalDate awardedMaximumEnd,
        List<NoticeDue> statutoryNoticesDue,
        Owner owner,
        UUID planId,
        List<UUID> replaces,
        UUID replacedBy) implements AggregateState {

    /** A state without what the Procurement Act's rules need (events written before they were carried). */
    public ContractRenewalState(UUID id, long version, String council, String reference, String title, Supplier supplier,
            String capability, LocalDate startDate, LocalDate endDate, List<ExtensionOption> extensionOptions,
            int noticePeriodMonths, LocalDate noticeDeadline, RenewalType renewalType, Integer renewalPeriodMonths,
            LocalDate latestPossibleEnd, BigDecimal annualValue, String procurementRoute, ContractStatus status,
            List<Participant> participants) {
        this(id, version, council, reference, title, supplier, capability, startDate, endDate, extensionOptions,
                noticePeriodMonths, noticeDeadline, renewalType, renewalPeriodMonths, latestPossibleEnd, annualValue,
                procurementRoute, status, participants, null, null, List.of(), null, null, List.of(), null);
    }

    public ContractRenewalState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(renewalType, "renewalType");
        Objects.requireNonNull(annualValue, "annualValue");
        Objects.requireNonNull(status, "status");
        extensionOptions = extensionOptions == null ? List.of() : List.copyOf(extensionOptions);
        participants = participants == null ? List.of() : List.copyOf(participants);
        statutoryNoticesDue = statutoryNoticesDue == null ? List.of() : List.copyOf(statutoryNoticesDue);
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
    }

    public record Supplier(String name, String companyNumber) {
    }

    public record ExtensionOption(int months, OptionStatus status) {
        public ExtensionOption {
            Objects.requireNonNull(status, "status");
        }
    }

    public record Participant(String council, BigDecimal sharePercent) {
    }

    public record Owner(String name, String email) {
    }

    /** A notice owed under the Procurement Act 2023 and not yet published, and the last day to publish it. */
    public record NoticeDue(NoticeType type, LocalDate dueOn) {
        public NoticeDue {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(dueOn, "dueOn");
        }
    }
}
