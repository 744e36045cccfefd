package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "DeadlineResponse", description = "A date a procurement officer must act by, or a contract end")
public record DeadlineResponse(
        UUID contractId,
        @Schema(examples = "CAM") String council,
        @Schema(examples = "CAM-ICT-004") String reference,
        @Schema(examples = "Telephony platform") String title,
        @Schema(examples = "telephony") String capability,
        @Schema(examples = "OPTION_DECISION") DeadlineKind kind,
        @Schema(examples = "2026-12-31") LocalDate date,
        @Schema(examples = "41") long daysLeft,
        @Schema(examples = "Exercise option 1 (12 months) or let the contract end on 2027-03-31") String action) {
}
