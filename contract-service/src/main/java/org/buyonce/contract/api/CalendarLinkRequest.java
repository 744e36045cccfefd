package org.buyonce.contract.api;

import jakarta.validation.constraints.Size;
import org.buyonce.commons.rest.ApiParameters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarLinkRequest", description = "A secret link to the deadlines feed, for a calendar app that cannot send a token")
public record CalendarLinkRequest(
        @Schema(description = "Only this council's deadlines; every council's when omitted", examples = "SCDC") String council,
        @Size(max = 200) @Schema(description = "What the link is for, to tell your links apart", examples = "SCDC procurement team's Outlook")
        String label,
        @Schema(description = "How far ahead the feed looks: an ISO-8601 period of at most P10Y; when omitted, every date of each contract, "
                + "however far ahead (an exercised option's new end included)",
                pattern = ApiParameters.PERIOD_PATTERN, examples = "P1Y") String within) {
}
