package org.buyonce.alignment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PolicyResponse", description = "The planning policy a result was computed with")
public record PolicyResponse(
        @Schema(description = "L: months a joint procurement takes", examples = "9") int leadTimeMonths,
        @Schema(description = "B: the longest negotiated extension, in months", examples = "12") int maxBridgeMonths) {
}
