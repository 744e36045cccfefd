package org.buyonce.asset.api;

import org.buyonce.events.AssetStatus;
import org.buyonce.events.AssetType;
import org.buyonce.events.Criticality;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "AssetResponse", description = "An entry of the consolidated asset register")
public record AssetResponse(
        UUID id,
        @Schema(description = "Increases by one on every change; also the ETag", examples = "2") long version,
        @Schema(examples = "SCDC-FAC-0001") String tag,
        @Schema(examples = "South Cambridgeshire Hall server room chiller") String name,
        @Schema(examples = "FACILITY") AssetType type,
        @Schema(nullable = true, examples = "hosting") String capability,
        @Schema(description = "Codes of the councils that use it: more than one for a shared asset", examples = "[\"SCDC\"]")
        List<String> councils,
        @Schema(nullable = true, examples = "South Cambridgeshire Hall") String site,
        @Schema(description = "Who answers for it; null when none is recorded", nullable = true, examples = "SCDC Facilities Management")
        String responsibleParty,
        @Schema(examples = "CRITICAL") Criticality criticality,
        @Schema(examples = "false") boolean monitored,
        @Schema(nullable = true, examples = "2014-06-01") LocalDate purchaseDate,
        @Schema(nullable = true, examples = "2019-05-31") LocalDate warrantyEnd,
        @Schema(nullable = true, examples = "2026-06-30") LocalDate endOfSupport,
        @Schema(examples = "IN_USE") AssetStatus status,
        @Schema(description = "The contract that supports it, in contract-service", nullable = true) UUID supportingContractId,
        @Schema(description = "The supporting contract as contract-service last published it; null if there is none or it is not known here",
                readOnly = true, nullable = true) SupportingContractResponse supportingContract,
        @Schema(readOnly = true, examples = "2026-11-22T09:30:00Z") Instant createdAt,
        @Schema(readOnly = true, examples = "2026-11-22T09:30:00Z") Instant updatedAt) {
}
