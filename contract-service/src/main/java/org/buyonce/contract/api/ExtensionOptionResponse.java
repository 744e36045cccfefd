package org.buyonce.contract.api;

import org.buyonce.events.OptionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtensionOptionResponse", description = "An optional extension, used in order")
public record ExtensionOptionResponse(
        @Schema(examples = "12") int months,
        @Schema(examples = "AVAILABLE") OptionStatus status) {
}
