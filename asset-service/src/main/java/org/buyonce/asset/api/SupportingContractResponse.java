package org.buyonce.asset.api;

import org.buyonce.events.ContractStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An asset's supporting contract as contract-service last published it. */
@Schema(name = "SupportingContractResponse")
public record SupportingContractResponse(UUID id, String council, String reference, String title, LocalDate endDate,
        ContractStatus status) {
}
