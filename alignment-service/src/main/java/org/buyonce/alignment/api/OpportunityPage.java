package org.buyonce.alignment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The OpenAPI shape of GET /opportunities, the {@code Page} every list answers with. The resource sends the page's
 * items as they were serialized when planned, so its Java type cannot say this for it.
 */
@Schema(name = "PageOpportunityResponse", description = "One page of results")
public record OpportunityPage(
        List<OpportunityResponse> items,
        @Schema(description = "Zero-based page number", examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(description = "Matching items across all pages", examples = "42") long totalItems,
        @Schema(examples = "3") int totalPages) {
}
