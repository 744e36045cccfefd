package org.buyonce.alignment.api;

import org.buyonce.alignment.PlanStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "PlanResponse", description = "An adopted opportunity and its progress")
public record PlanResponse(
        UUID id,
        @Schema(description = "Increases on every change; also the ETag") long version,
        String capability,
        PlanStatus status,
        LocalDate targetDate,
        LocalDate procurementStart,
        LocalDate asOf,
        PolicyResponse policy,
        List<String> councils,
        BigDecimal unalignedSpend,
        BigDecimal annualSpendCovered,
        @Schema(description = "Each contract's part as proposed when the plan was adopted") List<ContractPartResponse> contracts,
        Instant createdAt,
        Instant updatedAt) {
}
