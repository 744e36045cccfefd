package org.buyonce.alignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An adopted opportunity: what was proposed when it was adopted, and how far it has got. */
@Entity
@Table(name = "alignment_plan")
public class AlignmentPlan {

    @Id
    public UUID id;

    @Version
    public Long version;

    @Column(nullable = false)
    public String capability;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Column(name = "target_date", nullable = false)
    public LocalDate targetDate;

    @Column(name = "procurement_start", nullable = false)
    public LocalDate procurementStart;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(name = "lead_time_months", nullable = false)
    public int leadTimeMonths;

    @Column(name = "max_bridge_months", nullable = false)
    public int maxBridgeMonths;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<String> councils;

    /** Each contract's part as proposed at adoption. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<AdoptedPart> contracts;

    /** The included councils' approvals, in the order they were recorded; APPROVED once every included council has one. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<CouncilDecision> approvals = List.of();

    /** Councils that withdrew, with their contracts, before the award. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    public List<CouncilDecision> withdrawals = List.of();

    /** The joint contract recorded for this plan (its planId names it); null until one is. */
    @Column(name = "joint_contract_id")
    public UUID jointContractId;

    /** Its start: the plan is IMPLEMENTED from that day. */
    @Column(name = "joint_contract_start")
    public LocalDate jointContractStart;

    /** What of the joint contract does not match the plan (capability, councils, the plan's status when it came). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "joint_contract_mismatches", nullable = false)
    public List<String> jointContractMismatches = List.of();

    @Column(name = "unaligned_spend", nullable = false, precision = 16, scale = 2)
    public BigDecimal unalignedSpend;

    @Column(name = "annual_spend_covered", nullable = false, precision = 16, scale = 2)
    public BigDecimal annualSpendCovered;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Included councils that have not approved yet, in the plan's order. */
    public List<String> awaitingApproval() {
        return councils.stream().filter(council -> approvals.stream().noneMatch(a -> a.council().equals(council))).toList();
    }
}
