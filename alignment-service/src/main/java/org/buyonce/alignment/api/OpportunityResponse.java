package org.buyonce.alignment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "OpportunityResponse", description = "A proposed joint procurement for one capability")
public record OpportunityResponse(
        @Schema(examples = "telephony") String capability,
        @Schema(description = "The planning date", examples = "2026-01-01") LocalDate asOf,
        PolicyResponse policy,
        @Schema(description = "T: the co-termination date", examples = "2027-03-31") LocalDate targetDate,
        @Schema(description = "T minus the lead time", examples = "2026-06-30") LocalDate procurementStart,
        @Schema(description = "Councils of the included contracts", examples = "[\"CAM\", \"HDC\", \"SCDC\"]") List<String> councils,
        @Schema(description = "Sum over included contracts, GBP", examples = "105041.10") BigDecimal unalignedSpend,
        @Schema(description = "Annual value of the included contracts, GBP", examples = "270000.00") BigDecimal annualSpendCovered,
        @Schema(description = "An asset of the capability is past, or reaches, its end of support before the target", examples = "true")
        boolean urgent,
        @Schema(description = "The earliest deadline of any action, or the procurement start", examples = "2026-06-30") LocalDate firstDeadline,
        List<ContractPartResponse> contracts) {
}
