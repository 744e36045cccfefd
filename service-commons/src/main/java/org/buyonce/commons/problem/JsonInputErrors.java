package org.buyonce.commons.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.buyonce.commons.json.InvalidValueException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** What a JSON value that could not be bound says of its field: where it is, and what was expected there. */
final class JsonInputErrors {

    private JsonInputErrors() {
    }

    /** The field error of a value of the wrong type or form, at the exception's path below {@code prefix}. */
    static FieldError of(MismatchedInputException e, String prefix) {
        return new FieldError(join(prefix, jsonPath(e)), message(e));
    }

    static String message(MismatchedInputException e) {
        if (e instanceof InvalidValueException) {
            return e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not a valid " + describe(format.getTargetType());
        }
        if (e.getTargetType() != null) {
            return "expected " + (isObject(e.getTargetType()) ? ObjectExamples.like(e.getTargetType()) : describe(e.getTargetType()));
        }
        return e.getOriginalMessage();
    }

    static String join(String prefix, String path) {
        if (prefix.isEmpty() || path.isEmpty() || path.startsWith("[")) {
            return prefix + path;
        }
        return prefix + "." + path;
    }

    /** The field path a mapping failure names: {@code participants[1].sharePercent}, or "" for the whole body. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    /** Where a parser is, as a field path: {@code participants[1].sharePercent}. */
    static String pathOf(JsonParser parser) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                steps.add(0, "[" + Math.max(context.getCurrentIndex(), 0) + "]");
            } else if (context.getCurrentName() != null) {
                steps.add(0, context.getCurrentName());
            }
        }
        String path = "";
        for (String step : steps) {
            path = join(path, step);
        }
        return path;
    }

    /** A JSON type in words: "date (YYYY-MM-DD)", "whole number", "value (one of [FIXED, TACIT])". */
    static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "value (one of " + Arrays.toString(type.getEnumConstants()) + ")";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "BigDecimal", "Double", "double", "Float", "float" -> "number";
            case "Integer", "int", "Long", "long", "Short", "short" -> "whole number";
            case "Boolean", "boolean" -> "boolean";
            case "UUID" -> "UUID";
            case "String" -> "string";
            default -> Collection.class.isAssignableFrom(type) || type.isArray() ? "array" : "object";
        };
    }

    private static boolean isObject(Class<?> type) {
        return "object".equals(describe(type));
    }
}
