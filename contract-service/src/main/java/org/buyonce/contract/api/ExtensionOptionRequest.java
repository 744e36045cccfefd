package org.buyonce.contract.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.buyonce.events.OptionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtensionOptionRequest", description = "An optional extension, used in order")
public record ExtensionOptionRequest(
        @NotNull @Min(value = 1, message = "must be a positive number of months") @Max(120) @Schema(examples = "12") Integer months,
        @Schema(description = "AVAILABLE when omitted") OptionStatus status) {
}
