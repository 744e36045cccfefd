package org.buyonce.contract.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ContractRevision", description = "One change of a contract: what changed, when and by whom")
public record ContractRevisionDto(
        @Schema(description = "The contract's version after the change; null for a deletion") Long version,
        Instant changedAt,
        @Schema(examples = "officer@scdc.gov.uk") String changedBy,
        Type type,
        List<FieldChange> changes) {

    public enum Type {
        CREATED, UPDATED, DELETED
    }

    @Schema(name = "FieldChange")
    public record FieldChange(
            @Schema(examples = "endDate") String field,
            @Schema(examples = "2027-03-31") JsonNode from,
            @Schema(examples = "2028-03-31") JsonNode to) {
    }
}
