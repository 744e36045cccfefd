package org.buyonce.contract.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.buyonce.commons.json.MultiLine;
import org.buyonce.contract.notice.Regime;
import org.buyonce.events.RenewalType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contract as a client writes it: no id, no derived dates, no status (the lifecycle operations own it). */
@Schema(name = "ContractRequest")
public record ContractRequest(
        @NotBlank @Schema(examples = "SCDC") String council,
        @NotBlank @Size(max = 100) @Schema(description = "The council's own reference", examples = "SCDC-ICT-017") String reference,
        @NotBlank @Size(max = 300) @Schema(examples = "Telephony platform and support") String title,
        @Size(max = 2000) @MultiLine @Schema(description = "The goods or services; may span lines",
                examples = "Hosted telephony for the shared service, with support and maintenance") String description,
        @Size(max = 200) @Schema(description = "The council's department responsible", examples = "3C ICT Shared Service")
        String department,
        @NotNull @Valid SupplierRequest supplier,
        @NotBlank @Schema(description = "A capability code from /capabilities", examples = "telephony") String capability,
        @NotNull @Schema(examples = "2021-01-01") LocalDate startDate,
        @NotNull @Schema(description = "Current end", examples = "2026-12-31") LocalDate endDate,
        @Size(max = 20) List<@NotNull @Valid ExtensionOptionRequest> extensionOptions,
        @NotNull @Min(0) @Max(60) @Schema(examples = "3") Integer noticePeriodMonths,
        @NotNull RenewalType renewalType,
        @Min(1) @Max(120) @Schema(description = "TACIT only: the period it renews by", examples = "12") Integer renewalPeriodMonths,
        @NotNull @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "999999999999.99", message = "must be at most 999,999,999,999.99")
        @Digits(integer = 15, fraction = 2, message = "must be an amount in pounds with at most 2 decimal places")
        @Schema(description = "GBP per year", examples = "60000.00") BigDecimal annualValue,
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "999999999999.99", message = "must be at most 999,999,999,999.99")
        @Digits(integer = 15, fraction = 2, message = "must be an amount in pounds with at most 2 decimal places")
        @Schema(description = "GBP per year of VAT that cannot be recovered; null when not recorded", examples = "0.00")
        BigDecimal irrecoverableVat,
        @Size(max = 200) @Schema(description = "How it was procured: a framework, an invitation to tender or to quote",
                examples = "G-Cloud 14") String procurementRoute,
        @Size(max = 20) List<@NotNull @Valid ParticipantRequest> participants,
        @Schema(description = "The law it was awarded under; when omitted, PA2023 for a start from 2025-02-24, else PCR2015")
        Regime regime,
        @Schema(description = "The day it was entered into (the contract details notice is due 30 days after); the start "
                + "date when omitted", examples = "2022-03-15") LocalDate enteredIntoOn,
        @Schema(description = "The last day of the term as awarded, options included: the estimated value's term. When "
                + "omitted: kept on an update; on creation the end plus every option (the end for TACIT)",
                examples = "2029-03-31") LocalDate awardedMaximumEnd,
        @DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "100", message = "must be at most 100")
        @Digits(integer = 3, fraction = 2, message = "must be a percentage with at most 2 decimal places")
        @Schema(description = "VAT on the annual value, in percent; 20 when omitted", examples = "20") BigDecimal vatRate,
        @Size(max = 20) @Schema(description = "Its key performance indicators, by name (a contract over £5,000,000 names "
                + "at least 3 on its contract details notice)", examples = "[\"Availability of 99.9%\", \"Calls answered in 20 seconds\"]")
        List<@NotBlank @Size(max = 200) String> kpis,
        @Valid @Schema(description = "Who looks after it; reminded by email 90, 30 and 7 days before each deadline")
        OwnerRequest owner,
        @Schema(description = "The alignment plan this joint contract was procured for (alignment-service's plan id): "
                + "recording it moves the plan to AWARDED", examples = "0f4c2a1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b") UUID planId,
        @Size(max = 50) @Schema(description = "The contracts it succeeds, of the same capability: the council's own, or also "
                + "its participants' for a joint contract; each then shows replacedBy",
                examples = "[\"5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10\"]") List<@NotNull UUID> replaces,
        @Schema(description = "For an update without If-Match: the version read") Long version) {

    public List<ExtensionOptionRequest> extensionOptionsOrEmpty() {
        return extensionOptions == null ? List.of() : extensionOptions;
    }

    public List<String> kpisOrEmpty() {
        return kpis == null ? List.of() : kpis;
    }

    public List<UUID> replacesOrEmpty() {
        return replaces == null ? List.of() : replaces;
    }

    public List<ParticipantRequest> participantsOrEmpty() {
        return participants == null ? List.of() : participants;
    }
}
