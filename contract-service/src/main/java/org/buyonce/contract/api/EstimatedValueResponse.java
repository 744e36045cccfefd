package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "EstimatedValue", description = "Over the awarded maximum term: annual value × days (both ends counted) / 365, "
        + "and that with VAT, each rounded half-up to pennies")
public record EstimatedValueResponse(
        @Schema(description = "GBP, without VAT", examples = "300273.97") BigDecimal net,
        @Schema(description = "GBP, with VAT", examples = "360328.76") BigDecimal gross) {
}
