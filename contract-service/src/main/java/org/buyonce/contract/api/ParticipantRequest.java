package org.buyonce.contract.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ParticipantRequest", description = "A council sharing a joint contract and its share of the cost")
public record ParticipantRequest(
        @NotBlank @Schema(examples = "HDC") String council,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(examples = "33.33") BigDecimal sharePercent) {
}
