package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OwnerResponse", description = "Who looks after the contract")
public record OwnerResponse(
        @Schema(examples = "Priya Shah") String name,
        @Schema(examples = "priya.shah@cambridge.gov.uk") String email) {
}
