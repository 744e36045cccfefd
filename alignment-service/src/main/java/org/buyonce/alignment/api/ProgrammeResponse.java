package org.buyonce.alignment.api;

import org.buyonce.alignment.PlanStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

@Schema(name = "ProgrammeResponse", description = "Progress of the alignment programme, over every plan not cancelled")
public record ProgrammeResponse(
        @Schema(description = "Number of plans in each status",
                examples = "{\"IDENTIFIED\": 1, \"APPROVED\": 1, \"IN_PROCUREMENT\": 0, \"AWARDED\": 0, \"IMPLEMENTED\": 1, \"CANCELLED\": 0}")
        Map<PlanStatus, Long> plansByStatus,
        @Schema(description = "Included contracts of the plans not cancelled", examples = "11") long contracts,
        @Schema(description = "Of those, the aligned ones: their plan is AWARDED or IMPLEMENTED and they are DONE (one that "
                + "joins later, once its join date has come)", examples = "9") long contractsAligned,
        @Schema(description = "GBP per year of those contracts", examples = "845000.00") BigDecimal annualSpend,
        @Schema(description = "GBP per year of the aligned ones", examples = "612000.00") BigDecimal annualSpendAligned,
        @Schema(examples = "9 of 11 contracts aligned") String summary,
        @Schema(description = "The same per council, in the partnership's order") List<CouncilProgressResponse> councils) {
}
