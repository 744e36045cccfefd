package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupplierResponse")
public record SupplierResponse(
        @Schema(examples = "Gamma Communications") String name,
        @Schema(description = "Companies House registration number, if known", nullable = true, examples = "04340834") String companyNumber,
        @Schema(description = "A small or medium-sized enterprise; null when not recorded", nullable = true, examples = "false") Boolean sme,
        @Schema(description = "A voluntary or community sector organisation; null when not recorded", nullable = true,
                examples = "false") Boolean vcse,
        @Schema(description = "Its Public Procurement Organisation Number, if known", nullable = true, examples = "PQRS-1234-ABCD")
        String ppon) {
}
