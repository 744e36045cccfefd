package org.buyonce.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details", requiredProperties = {"type", "title", "status", "detail"})
public record Problem(
        @Schema(format = "uri", examples = "https://buyonce.org/problems/invalid-input") String type,
        @Schema(examples = "Invalid input") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "endDate: must not be before startDate (2026-04-01)") String detail,
        @Schema(description = "Every invalid field, for validation errors") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
