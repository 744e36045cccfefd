package org.buyonce.asset.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.buyonce.events.AssetStatus;
import org.buyonce.events.AssetType;
import org.buyonce.events.Criticality;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An asset as a client (or a CSV row) writes it: no id, no version, no audit fields. */
@Schema(name = "AssetRequest")
public record AssetRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*", message = "must be letters, digits and . _ / - only")
        @Schema(examples = "SCDC-SRV-0042") String tag,
        @NotBlank @Size(max = 200) @Schema(examples = "South Cambridgeshire Hall server room chiller") String name,
        @NotNull @Schema(examples = "FACILITY") AssetType type,
        @Schema(description = "A capability code, as in contract-service's catalogue", examples = "hosting") String capability,
        @NotNull @Size(min = 1, max = 20, message = "must name at least one council") @Schema(examples = "[\"SCDC\"]")
        List<@NotBlank String> councils,
        @Size(max = 200) @Schema(examples = "South Cambridgeshire Hall") String site,
        @Size(max = 200) @Schema(description = "Who answers for it; empty when none is recorded", examples = "SCDC Facilities Management")
        String responsibleParty,
        @NotNull @Schema(examples = "CRITICAL") Criticality criticality,
        @Schema(description = "false when omitted", examples = "false") Boolean monitored,
        @Schema(examples = "2014-06-01") LocalDate purchaseDate,
        @Schema(examples = "2019-05-31") LocalDate warrantyEnd,
        @Schema(examples = "2026-06-30") LocalDate endOfSupport,
        @Schema(description = "IN_USE when omitted", examples = "IN_USE") AssetStatus status,
        @Schema(description = "The contract that supports it, in contract-service") UUID supportingContractId,
        @Schema(description = "For an update without If-Match: the version read", examples = "1") Long version) {
}
