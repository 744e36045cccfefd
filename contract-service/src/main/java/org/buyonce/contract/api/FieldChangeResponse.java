package org.buyonce.contract.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field a revision changed, with its JSON value before and after. */
@Schema(name = "FieldChangeResponse", description = "One field a revision changed")
public record FieldChangeResponse(
        @Schema(examples = "endDate") String field,
        @Schema(description = "The field's value before, as it appears in the contract's JSON (any JSON value, null when it had none)",
                examples = "2027-03-31") JsonNode from,
        @Schema(description = "The field's value after, as it appears in the contract's JSON (any JSON value)",
                examples = "2028-03-31") JsonNode to) {
}
