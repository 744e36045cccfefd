package org.buyonce.contract.api;

import org.buyonce.events.ContractStatus;
import org.buyonce.events.RenewalType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ContractResponse")
public record ContractResponse(
        UUID id,
        @Schema(description = "Increases by one on every change; also the ETag") long version,
        String council,
        String reference,
        String title,
        SupplierResponse supplier,
        String capability,
        LocalDate startDate,
        LocalDate endDate,
        List<ExtensionOptionResponse> extensionOptions,
        int noticePeriodMonths,
        RenewalType renewalType,
        Integer renewalPeriodMonths,
        @Schema(examples = "60000.00") BigDecimal annualValue,
        String procurementRoute,
        ContractStatus status,
        List<ParticipantResponse> participants,
        @Schema(description = "Current end minus the notice period", readOnly = true) LocalDate noticeDeadline,
        @Schema(description = "End plus every AVAILABLE option; null for an active TACIT contract", readOnly = true) LocalDate latestPossibleEnd,
        @Schema(readOnly = true) String terminationReason,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt) {
}
