package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ParticipantResponse", description = "A council sharing a joint contract and its share of the cost")
public record ParticipantResponse(
        @Schema(examples = "HDC") String council,
        @Schema(examples = "33.33") BigDecimal sharePercent) {
}
