package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ContractRevisionResponse", description = "One change of a contract: what changed, when and by whom")
public record ContractRevisionResponse(
        @Schema(description = "The contract's version after the change; null for a deletion", nullable = true, examples = "4") Long version,
        @Schema(examples = "2026-11-22T09:30:00Z") Instant changedAt,
        @Schema(examples = "officer@scdc.gov.uk") String changedBy,
        @Schema(examples = "OPTION_EXERCISED") ChangeType type,
        List<FieldChangeResponse> changes) {
}
