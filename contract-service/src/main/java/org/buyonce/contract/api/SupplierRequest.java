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
        Boolean vcse) {
}
