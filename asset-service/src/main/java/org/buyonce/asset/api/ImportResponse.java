package org.buyonce.asset.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResponse", description = "What an import did: every row was valid and all of them were applied")
public record ImportResponse(
        @Schema(examples = "312") long rows,
        @Schema(description = "New tags", examples = "300") long created,
        @Schema(description = "Tags already in the register, changed to the row's values", examples = "12") long updated) {
}
