package org.buyonce.alignment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "CouncilDecisionResponse", description = "A council's recorded decision on a plan: who recorded it, when, and its reference")
public record CouncilDecisionResponse(
        @Schema(examples = "HDC") String council,
        @Schema(examples = "officer@hdc.gov.uk") String decidedBy,
        @Schema(examples = "2026-11-12T16:05:00Z") Instant decidedAt,
        @Schema(nullable = true, examples = "Cabinet 2026-11-12, minute 47") String decisionReference,
        @Schema(nullable = true, examples = "Subject to the joint procurement board's terms") String note) {
}
