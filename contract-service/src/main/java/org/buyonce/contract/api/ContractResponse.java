package org.buyonce.contract.api;

import org.buyonce.contract.notice.Regime;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.RenewalType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ContractResponse", description = "A council's ICT contract, with its derived dates")
public record ContractResponse(
        UUID id,
        @Schema(description = "Increases by one on every change; also the ETag", examples = "3") long version,
        @Schema(examples = "SCDC") String council,
        @Schema(description = "The council's own reference", examples = "SCDC-ICT-017") String reference,
        @Schema(examples = "Telephony platform and support") String title,
        @Schema(nullable = true, examples = "Hosted telephony for the shared service, with support and maintenance") String description,
        @Schema(nullable = true, examples = "3C ICT Shared Service") String department,
        SupplierResponse supplier,
        @Schema(examples = "telephony") String capability,
        @Schema(examples = "2022-04-01") LocalDate startDate,
        @Schema(description = "Current end", examples = "2027-03-31") LocalDate endDate,
        List<ExtensionOptionResponse> extensionOptions,
        @Schema(examples = "3") int noticePeriodMonths,
        RenewalType renewalType,
        @Schema(description = "TACIT only: the period it renews by; null for a FIXED contract", nullable = true, examples = "12")
        Integer renewalPeriodMonths,
        @Schema(description = "GBP per year", examples = "60000.00") BigDecimal annualValue,
        @Schema(description = "GBP per year of VAT that cannot be recovered; null when not recorded", nullable = true,
                examples = "0.00") BigDecimal irrecoverableVat,
        @Schema(nullable = true, examples = "G-Cloud 14") String procurementRoute,
        ContractStatus status,
        List<ParticipantResponse> participants,
        @Schema(description = "The law it was awarded under; only PA2023 contracts owe Find a Tender notices") Regime regime,
        @Schema(description = "The day it was entered into (the start date unless given)", examples = "2022-03-15") LocalDate enteredIntoOn,
        @Schema(description = "The last day of the term as awarded, options included", examples = "2029-03-31") LocalDate awardedMaximumEnd,
        @Schema(description = "VAT on the annual value, in percent", examples = "20") BigDecimal vatRate,
        @Schema(description = "Its key performance indicators, by name", examples = "[\"Availability of 99.9%\", \"Calls answered in 20 seconds\", \"Faults fixed in 4 hours\"]")
        List<String> kpis,
        @Schema(nullable = true, description = "Who looks after it; null when nobody is named") OwnerResponse owner,
        @Schema(nullable = true, description = "The alignment plan this joint contract was procured for",
                examples = "0f4c2a1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b") UUID planId,
        @Schema(description = "The contracts it succeeds", examples = "[\"9d2e4b61-3c5a-4f7e-8b1d-6a0c2e9f4b37\"]") List<UUID> replaces,
        @Schema(readOnly = true, nullable = true, description = "The contract that succeeds it; null until one names it in replaces",
                examples = "7c3a9e52-1d4b-4a6f-b2e8-5f0d9c1a3e74") UUID replacedBy,
        @Schema(readOnly = true) EstimatedValueResponse estimatedValue,
        @Schema(readOnly = true, description = "Whether the gross estimated value reaches the threshold in force when it started "
                + "(£214,904 before 2026, £207,720 from 2026-01-01)", examples = "true") boolean aboveThreshold,
        @Schema(description = "Current end minus the notice period", readOnly = true, examples = "2026-12-31") LocalDate noticeDeadline,
        @Schema(description = "End plus every AVAILABLE option; null for an active TACIT contract", readOnly = true,
                nullable = true, examples = "2029-03-31") LocalDate latestPossibleEnd,
        @Schema(readOnly = true, nullable = true, description = "Why it was terminated; null unless TERMINATED",
                examples = "Service consolidated into the shared telephony contract") String terminationReason,
        @Schema(readOnly = true, examples = "2026-11-22T09:30:00Z") Instant createdAt,
        @Schema(readOnly = true, examples = "2026-11-22T09:30:00Z") Instant updatedAt) {
}
