package org.buyonce.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One bad field of a request: its JSON path (e.g. {@code extensionOptions[1].months}) or CSV column, what is wrong with
 * it, and for a file, its line.
 */
@Schema(description = "A field that failed validation", requiredProperties = {"field", "message"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(
        @Schema(description = "Line of an imported file (the header is line 1)", examples = "17") Integer line,
        @Schema(examples = "endDate") String field,
        @Schema(examples = "must not be before startDate (2026-04-01)") String message) {

    public FieldError(String field, String message) {
        this(null, field, message);
    }

    public static FieldError of(ConstraintViolation<?> violation) {
        return new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage());
    }

    /** The violations as field errors, in a stable order. */
    public static List<FieldError> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(FieldError::of)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList();
    }

    /** One error per field (and line), in the order first reported, its messages joined: a field is named once. */
    public static List<FieldError> merged(List<FieldError> errors) {
        Map<List<Object>, FieldError> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            byField.merge(Arrays.asList(error.line, error.field), error,
                    (first, next) -> new FieldError(first.line, first.field, first.message + "; " + next.message));
        }
        return List.copyOf(byField.values());
    }

    public FieldError atLine(int lineNumber) {
        return new FieldError(lineNumber, field, message);
    }

    /**
     * The request field a violation is about: method and body-parameter names dropped, list indexes kept
     * ({@code create.request.extensionOptions[1].months} becomes {@code extensionOptions[1].months}).
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.isInIterable() && node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                    String name = node.getName();
                    if (name != null && !name.startsWith("<")) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(name);
                    }
                }
            }
        }
        return field.isEmpty() && parameter != null ? parameter : field.toString();
    }
}
