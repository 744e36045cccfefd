package org.buyonce.alignment.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.buyonce.alignment.planner.PlannedContract;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.OptionStatus;
import org.buyonce.events.RenewalType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** A contract as the last contract-renewals event described it. */
@Entity
@Table(name = "contract_projection")
public class ContractProjection {

    @Id
    public UUID id;

    /** The contract's version in contract-service: an event not newer than this changes nothing. */
    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public String council;

    @Column(nullable = false)
    public String capability;

    public String reference;

    public String title;

    @Column(name = "supplier_name")
    public String supplierName;

    /** When it started; null for a projection written before the start was kept. */
    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "notice_period_months", nullable = false)
    public int noticePeriodMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "renewal_type", nullable = false)
    public RenewalType renewalType;

    @Column(name = "renewal_period_months")
    public Integer renewalPeriodMonths;

    /** Months of each AVAILABLE option, in order: all the planner needs of the options. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "available_options", nullable = false)
    public List<Integer> availableOptions = List.of();

    @Column(name = "annual_value", nullable = false, precision = 14, scale = 2)
    public BigDecimal annualValue;

    /** The law it was awarded under (PA2023, PCR2015, OTHER); null until an event carries it. */
    public String regime;

    @Column(name = "awarded_maximum_end")
    public LocalDate awardedMaximumEnd;

    /** The Find a Tender notices it owes and has not published, soonest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "statutory_notices_due", nullable = false)
    public List<ContractRenewalState.NoticeDue> statutoryNoticesDue = List.of();

    /** The first of their due dates; null when it owes none. */
    @Column(name = "next_notice_due")
    public LocalDate nextNoticeDue;

    /** The councils that share its cost, for a joint contract; empty for any other. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "participant_councils", nullable = false)
    public List<String> participantCouncils = List.of();

    /** Who looks after it: reminded by email before its deadlines; null when nobody is named. */
    @Column(name = "owner_name")
    public String ownerName;

    @Column(name = "owner_email")
    public String ownerEmail;

    /** The day this service first heard of it: no reminder is sent for a deadline already passed then. */
    @Column(name = "first_seen_on", nullable = false)
    public LocalDate firstSeenOn;

    /** The plan a joint contract was procured for. */
    @Column(name = "plan_id")
    public UUID planId;

    /** The contracts it succeeds. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<UUID> replaces = List.of();

    /** The contract that succeeds it, once one names it. */
    @Column(name = "replaced_by")
    public UUID replacedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The projections' revision when this row last changed: a replica reads only the rows changed since it last looked. */
    @Column(nullable = false)
    public long revision;

    /** Its capability before the change being applied (null for a new row): a contract moved touches both. */
    @Transient
    String capabilityBefore;

    void apply(ContractRenewalState state, Instant now) {
        capabilityBefore = capability;
        id = state.id();
        version = state.version();
        council = state.council();
        capability = state.capability();
        reference = state.reference();
        title = state.title();
        supplierName = state.supplier() == null ? null : state.supplier().name();
        startDate = state.startDate();
        endDate = state.endDate();
        noticePeriodMonths = state.noticePeriodMonths();
        renewalType = state.renewalType();
        renewalPeriodMonths = state.renewalPeriodMonths();
        availableOptions = state.extensionOptions().stream().filter(o -> o.status() == OptionStatus.AVAILABLE)
                .map(ContractRenewalState.ExtensionOption::months).toList();
        annualValue = state.annualValue();
        regime = state.regime();
        awardedMaximumEnd = state.awardedMaximumEnd();
        statutoryNoticesDue = state.statutoryNoticesDue();
        nextNoticeDue = statutoryNoticesDue.stream().map(ContractRenewalState.NoticeDue::dueOn).min(LocalDate::compareTo).orElse(null);
        participantCouncils = state.participants().stream().map(ContractRenewalState.Participant::council).toList();
        ownerName = state.owner() == null ? null : state.owner().name();
        ownerEmail = state.owner() == null ? null : state.owner().email();
        if (firstSeenOn == null) {
            firstSeenOn = LocalDate.ofInstant(now, ZoneId.of("Europe/London"));
        }
        planId = state.planId();
        replaces = state.replaces();
        replacedBy = state.replacedBy();
        status = state.status();
        updatedAt = now;
    }

    public PlannedContract toPlanned() {
        return new PlannedContract(id, council, capability, reference, title, endDate, noticePeriodMonths, renewalType,
                renewalPeriodMonths, availableOptions, annualValue, awardedTermDays());
    }

    /** The awarded maximum term in days, both ends counted, of a contract under the Procurement Act 2023. */
    private Integer awardedTermDays() {
        if (!"PA2023".equals(regime) || startDate == null || awardedMaximumEnd == null) {
            return null;
        }
        return Math.toIntExact(ChronoUnit.DAYS.between(startDate, awardedMaximumEnd) + 1);
    }
}
