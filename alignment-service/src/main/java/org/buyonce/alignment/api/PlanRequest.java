package org.buyonce.alignment.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.buyonce.alignment.planner.Policy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PlanRequest", description = "Adopt the current opportunity of a capability")
public record PlanRequest(
        @NotBlank(message = "must name the capability whose opportunity is adopted") @Size(max = 60)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a capability code, a lower-case slug such as telephony")
        @Schema(examples = "telephony", required = true) String capability,
        @Schema(description = "Planning date, within 25 years of today; today when omitted", examples = "2027-01-04") LocalDate asOf,
        @Min(0) @Max(Policy.MAX_MONTHS) @Schema(description = "Defaults to the configured policy", examples = "9") Integer leadTimeMonths,
        @Min(0) @Max(Policy.MAX_MONTHS) @Schema(description = "Defaults to the configured policy", examples = "12") Integer maxBridgeMonths) {
}
