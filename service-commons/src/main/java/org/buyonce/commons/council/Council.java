package org.buyonce.commons.council;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner council of the shared ICT service. */
@Schema(name = "CouncilResponse", description = "A partner council")
public record Council(
        @Schema(examples = "SCDC") String code,
        @Schema(examples = "South Cambridgeshire District Council") String name) {
}
