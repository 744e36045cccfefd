package org.buyonce.alignment.api;

import jakarta.validation.constraints.NotNull;
import org.buyonce.alignment.PlanStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanStatusRequest", description = "Move a plan on: IDENTIFIED → APPROVED → IN_PROCUREMENT → AWARDED → IMPLEMENTED, "
        + "or to CANCELLED before it is awarded")
public record PlanStatusRequest(
        @NotNull @Schema(required = true, examples = "APPROVED") PlanStatus status,
        @Schema(description = "The version read, when not sent as If-Match", examples = "1") Long version) {
}
