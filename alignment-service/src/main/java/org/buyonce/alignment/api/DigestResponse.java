package org.buyonce.alignment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "DigestResponse", description = "A council's digest, as sent to its mailbox")
public record DigestResponse(
        @Schema(examples = "CAM") String council,
        @Schema(description = "The council's mailbox (BUYONCE_COUNCIL_MAILBOXES)", examples = "procurement@cambridge.gov.uk") String sentTo,
        @Schema(description = "What falls to the council in the next 90 days, overdue first") List<Item> items) {

    @Schema(name = "DigestItem")
    public record Item(
            @Schema(examples = "2027-01-07") LocalDate date,
            @Schema(description = "Negative once overdue", examples = "30") long daysLeft,
            @Schema(examples = "printing") String capability,
            @Schema(nullable = true, examples = "CAM-ICT-040") String reference,
            @Schema(examples = "Publish the contract details notice (UK7) on Find a Tender") String what) {
    }
}
