package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "CalendarLinkResponse", description = "A calendar link; its URL (which holds the secret) is shown once, when it is created")
public record CalendarLinkResponse(
        UUID id,
        @Schema(description = "The feed's address, to paste into the calendar app: only in the answer that creates the link, "
                + "null afterwards (only a hash of the secret is kept)", nullable = true,
                examples = "https://buyonce.example.gov.uk/calendars/Xk3v9V6Lb2uQm7Pz1sT8dW0yR4hN5cJ6aE2fG7iK9oM.ics") String url,
        @Schema(description = "The council whose deadlines it shows; null for every council", nullable = true, examples = "SCDC")
        String council,
        @Schema(nullable = true, examples = "SCDC procurement team's Outlook") String label,
        @Schema(description = "How far ahead the feed looks; null for every date of each contract, however far ahead",
                nullable = true, examples = "P1Y") String within,
        @Schema(examples = "2026-12-01T09:30:00Z") Instant createdAt,
        @Schema(examples = "alice@scdc.gov.uk") String createdBy,
        @Schema(description = "When a calendar last fetched it (to within five minutes); null if never", nullable = true,
                examples = "2026-12-01T15:30:00Z") Instant lastUsedAt) {
}
