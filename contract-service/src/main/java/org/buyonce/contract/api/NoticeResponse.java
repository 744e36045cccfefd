package org.buyonce.contract.api;

import org.buyonce.contract.notice.NoticeStatus;
import org.buyonce.events.NoticeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "NoticeResponse", description = "A Find a Tender notice a contract owes under the Procurement Act 2023")
public record NoticeResponse(
        UUID contractId,
        @Schema(examples = "CAM") String council,
        @Schema(examples = "CAM-ICT-031") String reference,
        @Schema(examples = "Revenues and benefits system") String title,
        @Schema(description = "UK7 contract details, UK9 contract performance, UK10 contract change, UK11 contract termination",
                examples = "UK7") NoticeType type,
        @Schema(description = "The last day to publish it", examples = "2026-03-31") LocalDate dueOn,
        @Schema(description = "Days from today to the due date; negative once overdue", examples = "24") long daysLeft,
        NoticeStatus status,
        @Schema(description = "What the notice still lacks; empty once published",
                examples = "[\"the supplier's Public Procurement Organisation Number (supplier.ppon)\"]") List<String> missing,
        @Schema(description = "The publication that answered it; null until published", nullable = true) PublicationResponse publication) {
}
