package org.buyonce.asset.api;

import org.buyonce.asset.risk.RiskRule;
import org.buyonce.asset.risk.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "RiskResponse", description = "An entry of the risk register")
public record RiskResponse(
        UUID assetId,
        @Schema(examples = "SCDC-FAC-0001") String tag,
        @Schema(examples = "South Cambridgeshire Hall server room chiller") String name,
        @Schema(examples = "NOT_MONITORED") RiskRule rule,
        @Schema(examples = "HIGH") Severity severity,
        @Schema(examples = "[\"SCDC\"]") List<String> councils,
        @Schema(description = "Who answers for the asset; null when none is recorded", nullable = true, examples = "SCDC Facilities Management")
        String responsibleParty,
        @Schema(description = "The date that makes it a risk (end of support, contract end); null when it is a risk now",
                nullable = true, examples = "2026-06-30")
        LocalDate date,
        @Schema(examples = "Critical, and not monitored") String detail) {
}
