package org.buyonce.commons.csv;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResponse", description = "What an import did: every row was valid and all of them were applied")
public record ImportResponse(
        @Schema(examples = "312") long rows,
        @Schema(description = "Rows whose key was new: created", examples = "300") long created,
        @Schema(description = "Rows whose key was known: changed to the row's values", examples = "10") long updated,
        @Schema(description = "Rows that said what was already there: nothing written, no new version, no event", examples = "2")
        long unchanged) {
}
