package org.buyonce.alignment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "CouncilProgressResponse", description = "One council's part of the programme")
public record CouncilProgressResponse(
        @Schema(examples = "SCDC") String council,
        @Schema(description = "Its included contracts in plans not cancelled", examples = "4") long contracts,
        @Schema(description = "Of those, the aligned ones", examples = "3") long contractsAligned,
        @Schema(description = "GBP per year of its contracts", examples = "305000.00") BigDecimal annualSpend,
        @Schema(description = "GBP per year of its aligned ones", examples = "245000.00") BigDecimal annualSpendAligned,
        @Schema(examples = "3 of 4 contracts aligned") String summary) {
}
