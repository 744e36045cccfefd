package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PublicationResponse", description = "A notice as published on Find a Tender")
public record PublicationResponse(
        @Schema(examples = "2026-03-20") LocalDate publishedOn,
        @Schema(description = "Find a Tender's notice identifier", examples = "2026/S 000-012345") String noticeId,
        @Schema(nullable = true, examples = "https://www.find-tender.service.gov.uk/Notice/012345-2026") String url) {
}
