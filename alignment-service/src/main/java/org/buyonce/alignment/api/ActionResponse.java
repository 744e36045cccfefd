package org.buyonce.alignment.api;

import org.buyonce.alignment.planner.ActionType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ActionResponse", description = "What a council must do, by when")
public record ActionResponse(
        @Schema(examples = "NEGOTIATE_BRIDGE") ActionType type,
        @Schema(examples = "2026-09-30") LocalDate deadline,
        @Schema(examples = "Negotiate an extension of 90 days, from 2026-12-31 to 2027-03-31") String detail) {
}
