package org.buyonce.alignment.api;

import org.buyonce.alignment.PlanStatus;
import org.buyonce.alignment.planner.Tracking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "PlanResponse", description = "An adopted opportunity and its progress")
public record PlanResponse(
        UUID id,
        @Schema(description = "Increases on every change; also the ETag", examples = "2") long version,
        @Schema(examples = "telephony") String capability,
        @Schema(examples = "IDENTIFIED") PlanStatus status,
        @Schema(description = "T: the co-termination date", examples = "2027-03-31") LocalDate targetDate,
        @Schema(description = "T minus the lead time", examples = "2026-06-30") LocalDate procurementStart,
        @Schema(description = "The planning date of the adopted opportunity", examples = "2026-01-01") LocalDate asOf,
        PolicyResponse policy,
        @Schema(description = "Councils of the included contracts", examples = "[\"CAM\", \"HDC\", \"SCDC\"]") List<String> councils,
        @Schema(description = "GBP, as adopted", examples = "105041.10") BigDecimal unalignedSpend,
        @Schema(description = "GBP per year, as adopted", examples = "270000.00") BigDecimal annualSpendCovered,
        @Schema(description = "Each contract's part as proposed when the plan was adopted, with its tracking now")
        List<ContractPartResponse> contracts,
        @Schema(description = "The included councils' approvals; the plan is APPROVED once every one has approved")
        List<CouncilDecisionResponse> approvals,
        @Schema(description = "Included councils still to approve", examples = "[\"SCDC\"]") List<String> awaitingApproval,
        @Schema(description = "Councils that withdrew, with their contracts") List<CouncilDecisionResponse> withdrawals,
        @Schema(description = "The worst tracking of its contracts; null for a cancelled plan", nullable = true, examples = "DUE")
        Tracking tracking,
        @Schema(description = "The joint contract recorded for it (a contract whose planId names it); null until one is",
                nullable = true, examples = "7c3a9e52-1d4b-4a6f-b2e8-5f0d9c1a3e74") UUID jointContractId,
        @Schema(description = "The joint contract's start: the plan is IMPLEMENTED from then", nullable = true,
                examples = "2027-04-01") LocalDate jointContractStart,
        @Schema(description = "What of the joint contract does not match the plan (its capability, its councils, the plan's "
                + "status when it came)", examples = "[\"the joint contract's councils are CAM, HDC, the plan's CAM, HDC, SCDC\"]")
        List<String> jointContractMismatches,
        @Schema(examples = "2026-11-22T09:30:00Z") Instant createdAt,
        @Schema(examples = "2026-11-22T09:30:00Z") Instant updatedAt) {
}
