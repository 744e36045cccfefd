package org.buyonce.asset.api;

import org.buyonce.events.AssetStatus;
import org.buyonce.events.AssetType;
import org.buyonce.events.Criticality;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "AssetResponse")
public record AssetResponse(
        UUID id,
        @Schema(description = "Increases by one on every change; also the ETag") long version,
        String tag,
        String name,
        AssetType type,
        String capability,
        List<String> councils,
        String site,
        String responsibleParty,
        Criticality criticality,
        boolean monitored,
        LocalDate purchaseDate,
        LocalDate warrantyEnd,
        LocalDate endOfSupport,
        AssetStatus status,
        UUID supportingContractId,
        @Schema(description = "The supporting contract as contract-service last published it; null if there is none or it is not known here",
                readOnly = true) SupportingContractResponse supportingContract,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt) {
}
