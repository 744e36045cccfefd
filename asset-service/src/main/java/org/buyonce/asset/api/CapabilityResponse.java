package org.buyonce.asset.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CapabilityResponse", description = "A capability of contract-service's catalogue, as published on the capabilities topic")
public record CapabilityResponse(
        @Schema(examples = "hosting") String code,
        @Schema(examples = "Hosting") String name,
        @Schema(description = "Common Procurement Vocabulary code", nullable = true, examples = "72415000-2") String cpvCode) {
}
