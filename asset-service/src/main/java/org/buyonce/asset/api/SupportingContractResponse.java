package org.buyonce.asset.api;

import org.buyonce.events.ContractStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An asset's supporting contract as contract-service last published it. */
@Schema(name = "SupportingContractResponse", description = "A contract as contract-service last published it")
public record SupportingContractResponse(
        UUID id,
        @Schema(examples = "SCDC") String council,
        @Schema(nullable = true, examples = "SCDC-HOST-1") String reference,
        @Schema(nullable = true, examples = "Server room maintenance") String title,
        @Schema(examples = "2027-03-31") LocalDate endDate,
        @Schema(examples = "ACTIVE") ContractStatus status) {
}
