package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ContractRevisionResponse", description = "One change of a contract: what changed, when and by whom")
public record ContractRevisionResponse(
        @Schema(description = "The contract's version after the change; null for a deletion") Long version,
        Instant changedAt,
        @Schema(examples = "officer@scdc.gov.uk") String changedBy,
        ChangeType type,
        List<FieldChangeResponse> changes) {
}
