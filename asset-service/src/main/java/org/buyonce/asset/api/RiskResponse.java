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
        RiskRule rule,
        Severity severity,
        List<String> councils,
        @Schema(description = "Who answers for the asset; null when none is recorded", examples = "SCDC Facilities Management")
        String responsibleParty,
        @Schema(description = "The date that makes it a risk (end of support, contract end); null when it is a risk now")
        LocalDate date,
        @Schema(examples = "Critical, and not monitored") String detail) {
}
