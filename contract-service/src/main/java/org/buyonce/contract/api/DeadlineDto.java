package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Deadline", description = "A date a procurement officer must act by, or a contract end")
public record DeadlineDto(
        UUID contractId,
        String council,
        String reference,
        String title,
        String capability,
        @Schema(description = "OPTION_DECISION: last day to exercise the next option; NOTICE: last day to give notice "
                + "(a TACIT contract renews otherwise); END: the contract ends") Kind kind,
        LocalDate date,
        @Schema(examples = "41") long daysLeft,
        @Schema(examples = "Exercise option 1 (12 months) or let the contract end on 2027-03-31") String action) {

    public enum Kind {
        OPTION_DECISION, NOTICE, END
    }
}
