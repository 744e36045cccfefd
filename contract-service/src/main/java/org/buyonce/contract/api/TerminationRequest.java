package org.buyonce.contract.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.buyonce.commons.json.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "TerminationRequest")
public record TerminationRequest(
        @NotNull @Schema(description = "The new, final end: from the start to the current end", examples = "2027-01-31") LocalDate terminationDate,
        @Size(max = 500) @MultiLine @Schema(description = "Why; may span lines", examples = "Service consolidated into the shared telephony contract") String reason) {
}
