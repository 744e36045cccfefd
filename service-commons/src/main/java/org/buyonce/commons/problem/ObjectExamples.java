package org.buyonce.commons.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * A request object written as its documented example, for an answer that says what was expected: the OpenAPI
 * example of each field, an enum's first value where none is given.
 */
final class ObjectExamples {

    private ObjectExamples() {
    }

    /** "an object like {"months": 12, "status": "AVAILABLE"}", or "an object" for a type with no examples. */
    static String like(Class<?> type) {
        if (!type.isRecord()) {
            return "an object";
        }
        StringJoiner json = new StringJoiner(", ", "{", "}");
        for (RecordComponent component : type.getRecordComponents()) {
            String example = exampleOf(type, component);
            if (example != null) {
                json.add("\"" + component.getName() + "\": " + example);
            }
        }
        return json.length() == 2 ? "an object" : "an object like " + json;
    }

    private static String exampleOf(Class<?> record, RecordComponent component) {
        Class<?> type = component.getType();
        String example = documented(record, component);
        if (example == null && type.isEnum() && type.getEnumConstants().length > 0) {
            example = type.getEnumConstants()[0].toString();
        }
        if (example == null) {
            return null;
        }
        boolean quoted = type == String.class || type.isEnum() || type == LocalDate.class || type == UUID.class;
        return quoted ? "\"" + example + "\"" : example;
    }

    private static String documented(Class<?> record, RecordComponent component) {
        Field field = RecordComponents.field(record, component);
        Schema schema = field == null ? null : field.getAnnotation(Schema.class);
        if (schema == null) {
            return null;
        }
        if (schema.examples().length > 0) {
            return schema.examples()[0];
        }
        return schema.example().isEmpty() ? null : schema.example();
    }
}
