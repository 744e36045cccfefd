package org.buyonce.contract.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupplierRequest")
public record SupplierRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Gamma Communications") String name,
        @Pattern(regexp = "(\\d{8}|[A-Z]{2}\\d{6})", message = "must be a Companies House number: 8 digits, or 2 letters and 6 digits")
        @Schema(description = "Companies House registration number", examples = "04340834") String companyNumber,
        @Schema(description = "A small or medium-sized enterprise; null when not recorded", examples = "false") Boolean sme,
        @Schema(description = "A voluntary or community sector organisation; null when not recorded", examples = "false")
        Boolean vcse,
        @Pattern(regexp = "P[A-Z0-9]{3}-[A-Z0-9]{4}-[A-Z0-9]{4}", message = "must be a Public Procurement Organisation Number like PQRS-1234-ABCD")
        @Schema(description = "Its Public Procurement Organisation Number on the Central Digital Platform, which Find a Tender "
                + "notices identify suppliers by", examples = "PQRS-1234-ABCD") String ppon) {
}
