package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of the capabilities catalogue. */
@Schema(name = "CapabilityResponse", description = "An entry of the capabilities catalogue")
public record CapabilityResponse(
        @Schema(examples = "revenues-benefits") String code,
        @Schema(examples = "Revenues and benefits") String name,
        @Schema(description = "Common Procurement Vocabulary code", nullable = true, examples = "48000000-8") String cpvCode) {
}
