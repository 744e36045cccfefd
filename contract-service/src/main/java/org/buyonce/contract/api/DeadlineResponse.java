package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "DeadlineResponse", description = "A date a procurement officer must act by, or a contract end")
public record DeadlineResponse(
        UUID contractId,
        String council,
        String reference,
        String title,
        String capability,
        DeadlineKind kind,
        LocalDate date,
        @Schema(examples = "41") long daysLeft,
        @Schema(examples = "Exercise option 1 (12 months) or let the contract end on 2027-03-31") String action) {
}
