package org.buyonce.contract.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OwnerRequest", description = "Who looks after the contract: reminded by email before each of its deadlines")
public record OwnerRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Priya Shah") String name,
        @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address like name@council.gov.uk")
        @Schema(examples = "priya.shah@cambridge.gov.uk") String email) {
}
