package org.buyonce.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.buyonce.contract.notice.EstimatedValue;
import org.buyonce.contract.notice.Regime;
import org.buyonce.dates.Months;
import org.buyonce.events.ContractEventType;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.OptionStatus;
import org.buyonce.events.RenewalType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A council's ICT contract and its renewal terms. The lifecycle rules (options, expiry, tacit renewal, termination)
 * live here; services decide who may apply them and when.
 */
@Entity
@Table(name = "contract")
@Audited
public class Contract {

    @Id
    public UUID id;

    /** Increases by one on every change (JPA optimistic locking). */
    @Version
    public Long version;

    @Column(nullable = false)
    public String council;

    @Column(nullable = false)
    public String reference;

    @Column(nullable = false)
    public String title;

    /** The goods or services, as the Transparency Code asks; may span lines. */
    public String description;

    /** The council's department responsible for it. */
    public String department;

    @Column(name = "supplier_name", nullable = false)
    public String supplierName;

    @Column(name = "supplier_company_number")
    public String supplierCompanyNumber;

    /** Whether the supplier is a small or medium-sized enterprise; null when not recorded. */
    @Column(name = "supplier_sme")
    public Boolean supplierSme;

    /** Whether the supplier is a voluntary or community sector organisation; null when not recorded. */
    @Column(name = "supplier_vcse")
    public Boolean supplierVcse;

    @Column(nullable = false)
    public String capability;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /**
     * Every option in order, with its status. A list value, replaced and never mutated: so Hibernate need not keep a
     * deep copy of it (a JSON round trip on every load) to see changes.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "extension_options", nullable = false)
    public List<ExtensionOption> extensionOptions = List.of();

    @Column(name = "notice_period_months", nullable = false)
    public int noticePeriodMonths;

    /** Derived from the end and the notice period; stored so that lists can filter and sort by it. */
    @Column(name = "notice_deadline", nullable = false)
    public LocalDate noticeDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "renewal_type", nullable = false)
    public RenewalType renewalType;

    @Column(name = "renewal_period_months")
    public Integer renewalPeriodMonths;

    @Column(name = "annual_value", nullable = false, precision = 14, scale = 2)
    public BigDecimal annualValue;

    /** GBP per year of VAT the council cannot recover; null when not recorded. */
    @Column(name = "irrecoverable_vat", precision = 14, scale = 2)
    public BigDecimal irrecoverableVat;

    @Column(name = "procurement_route")
    public String procurementRoute;

    /** The law it was awarded under; only the Procurement Act 2023 asks for notices. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Regime regime;

    /** The day the contract was entered into; null when it is the start date. */
    @Column(name = "entered_into_on")
    public LocalDate enteredIntoOn;

    /** The last day of the term as awarded, options included: the estimated value's term. */
    @Column(name = "awarded_maximum_end", nullable = false)
    public LocalDate awardedMaximumEnd;

    /** VAT on the annual value, in percent. */
    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    public BigDecimal vatRate;

    /** The names of its key performance indicators, as a contract details notice gives them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<String> kpis = List.of();

    /** The supplier's Public Procurement Organisation Number on the Central Digital Platform; null when unknown. */
    @Column(name = "supplier_ppon")
    public String supplierPpon;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Column(name = "termination_reason")
    public String terminationReason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<Participant> participants = List.of();

    /** Who looks after it, reminded by email before its deadlines; both null when nobody is named. */
    @Column(name = "owner_name")
    public String ownerName;

    @Column(name = "owner_email")
    public String ownerEmail;

    /** The alignment plan it was procured for (a joint contract); null for any other. */
    @Column(name = "plan_id")
    public UUID planId;

    /** The contracts it succeeds, of its capability: its council's, or its participants' for a joint contract. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<UUID> replaces = List.of();

    /** The contract that succeeds it, set when that contract names it in {@link #replaces}; null until then. */
    @Column(name = "replaced_by")
    public UUID replacedBy;

    /**
     * What the last change was, as its event names it; set when the event is written. It does not count as a change
     * of its own: the version stays that of the change it describes.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "last_change")
    @OptimisticLock(excluded = true)
    public ContractEventType lastChange;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Moves the end date and keeps the stored notice deadline in step with it. */
    public void setEnd(LocalDate end, int noticeMonths) {
        this.endDate = end;
        this.noticePeriodMonths = noticeMonths;
        this.noticeDeadline = Months.minus(end, noticeMonths);
    }

    public LocalDate enteredIntoOnOrStart() {
        return enteredIntoOn == null ? startDate : enteredIntoOn;
    }

    /** Over the awarded maximum term, net and gross of VAT. */
    public EstimatedValue estimatedValue() {
        return EstimatedValue.of(annualValue, vatRate, startDate, awardedMaximumEnd);
    }

    /** The options still open to use, in order. None for a contract that is no longer active. */
    public List<ExtensionOption> remainingOptions() {
        if (status != ContractStatus.ACTIVE) {
            return List.of();
        }
        return extensionOptions.stream().filter(o -> o.status() == OptionStatus.AVAILABLE).toList();
    }

    /** End plus every remaining option (like OCDS maxExtentDate); empty for TACIT, which has no fixed last end. */
    public Optional<LocalDate> latestPossibleEnd() {
        if (renewalType == RenewalType.TACIT && status == ContractStatus.ACTIVE) {
            return Optional.empty();
        }
        int months = remainingOptions().stream().mapToInt(ExtensionOption::months).sum();
        return Optional.of(Months.plus(endDate, months)); // options add up from the current end
    }

    /** Index of the next AVAILABLE option, if any. */
    public Optional<Integer> nextOptionIndex() {
        for (int i = 0; i < extensionOptions.size(); i++) {
            if (extensionOptions.get(i).status() == OptionStatus.AVAILABLE) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The last day to decide on the next option: the notice deadline of the current end. */
    public LocalDate optionDecisionDate() {
        return noticeDeadline;
    }

    /** Uses the next option: the end moves by its months. Callers check that it is still allowed. */
    public ExtensionOption exerciseNextOption() {
        int index = nextOptionIndex().orElseThrow();
        ExtensionOption option = extensionOptions.get(index);
        replaceOption(index, option.withStatus(OptionStatus.EXERCISED));
        setEnd(Months.plus(endDate, option.months()), noticePeriodMonths);
        return option;
    }

    public ExtensionOption declineNextOption() {
        int index = nextOptionIndex().orElseThrow();
        ExtensionOption option = extensionOptions.get(index);
        replaceOption(index, option.withStatus(OptionStatus.DECLINED));
        return option;
    }

    public void terminate(LocalDate on, String reason) {
        setEnd(on, noticePeriodMonths);
        status = ContractStatus.TERMINATED;
        terminationReason = reason;
    }

    /**
     * Brings the status in line with the calendar: a FIXED contract past its end has expired; a TACIT one past its end
     * has renewed by whole renewal periods (nobody gave notice). Returns what happened, if anything.
     */
    public Optional<ContractStatusChange> catchUpWith(LocalDate today) {
        if (status == ContractStatus.TERMINATED) {
            return Optional.empty();
        }
        if (!endDate.isBefore(today)) {
            if (status == ContractStatus.EXPIRED) {
                status = ContractStatus.ACTIVE; // an end date corrected into the future
                return Optional.of(ContractStatusChange.REACTIVATED);
            }
            return Optional.empty();
        }
        if (renewalType == RenewalType.TACIT) {
            LocalDate end = endDate;
            int periods = 0;
            while (end.isBefore(today)) {
                periods++;
                end = Months.plus(endDate, (long) periods * renewalPeriodMonths);
            }
            setEnd(end, noticePeriodMonths);
            status = ContractStatus.ACTIVE;
            return Optional.of(ContractStatusChange.RENEWED);
        }
        if (status == ContractStatus.ACTIVE) {
            status = ContractStatus.EXPIRED;
            return Optional.of(ContractStatusChange.EXPIRED);
        }
        return Optional.empty();
    }

    private void replaceOption(int index, ExtensionOption option) {
        List<ExtensionOption> options = new ArrayList<>(extensionOptions);
        options.set(index, option);
        extensionOptions = List.copyOf(options);
    }

    public enum ContractStatusChange {
        EXPIRED, RENEWED, REACTIVATED
    }
}
