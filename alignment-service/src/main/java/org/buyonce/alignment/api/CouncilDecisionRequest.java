package org.buyonce.alignment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.buyonce.commons.json.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CouncilDecisionRequest", description = "A council's decision on a plan, as its committee took it")
public record CouncilDecisionRequest(
        @NotBlank @Schema(required = true, description = "The deciding council: an officer's own; an admin names any included council",
                examples = "HDC") String council,
        @Size(max = 100) @Schema(description = "The committee's reference for the decision, e.g. a minute number",
                examples = "Cabinet 2026-11-12, minute 47") String decisionReference,
        @Size(max = 2000) @MultiLine @Schema(description = "Anything else worth recording; may span lines",
                examples = "Subject to the joint procurement board's terms") String note) {
}
