package org.buyonce.asset.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CapabilityResponse", description = "A capability of contract-service's catalogue, as published on the capabilities topic")
public record CapabilityResponse(String code, String name, String cpvCode) {
}
