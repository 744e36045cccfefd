package org.buyonce.contract.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.buyonce.events.NoticeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PublicationRequest", description = "A notice the council has published on Find a Tender")
public record PublicationRequest(
        @NotNull @Schema(examples = "UK7") NoticeType type,
        @NotNull @Schema(description = "The day it was published", examples = "2026-03-20") LocalDate publishedOn,
        @NotBlank @Size(max = 100) @Schema(description = "Find a Tender's notice identifier", examples = "2026/S 000-012345")
        String noticeId,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be a web address (http:// or https://)")
        @Schema(description = "Where it can be read", examples = "https://www.find-tender.service.gov.uk/Notice/012345-2026") String url) {
}
