package org.buyonce.contract.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A capability as a client adds it to the catalogue. */
@Schema(name = "CapabilityRequest")
public record CapabilityRequest(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a lower-case slug, e.g. revenues-benefits")
        @Schema(examples = "revenues-benefits") String code,
        @NotBlank @Size(max = 120) @Schema(examples = "Revenues and benefits") String name,
        @Pattern(regexp = "\\d{8}-\\d", message = "must be a CPV code, e.g. 48000000-8") @Schema(examples = "48000000-8") String cpvCode) {
}
