package org.buyonce.contract.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field a revision changed, with its JSON value before and after. */
@Schema(name = "FieldChangeResponse")
public record FieldChangeResponse(
        @Schema(examples = "endDate") String field,
        @Schema(examples = "2027-03-31") JsonNode from,
        @Schema(examples = "2028-03-31") JsonNode to) {
}
