package org.buyonce.alignment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PlanRequest", description = "Adopt the current opportunity of a capability")
public record PlanRequest(
        @Schema(examples = "telephony", required = true) String capability,
        @Schema(description = "Planning date, within 25 years of today; today when omitted", examples = "2027-01-04") LocalDate asOf,
        @Schema(description = "Defaults to the configured policy", examples = "9") Integer leadTimeMonths,
        @Schema(description = "Defaults to the configured policy", examples = "12") Integer maxBridgeMonths) {
}
