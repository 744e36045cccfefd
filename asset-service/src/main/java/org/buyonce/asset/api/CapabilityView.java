package org.buyonce.asset.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Capability", description = "A capability of contract-service's catalogue, as published on the capabilities topic")
public record CapabilityView(String code, String name, String cpvCode) {
}
