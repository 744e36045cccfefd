package org.buyonce.commons.problem;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;
import org.buyonce.commons.json.InputRules;
import org.buyonce.commons.json.MultiLine;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON body that would not bind, field by field against the record it is for, so that one answer names
 * every bad field and not only the first the parser met: each value of the wrong type or form, each unknown field,
 * and then, with those left out, every constraint the rest breaks (a missing required field, say).
 */
final class FieldByFieldCheck {

    private final ObjectMapper mapper;
    private final List<FieldError> errors = new ArrayList<>();

    private FieldByFieldCheck(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    static List<FieldError> of(ObjectMapper mapper, Validator validator, JsonNode body, JavaType type) {
        FieldByFieldCheck check = new FieldByFieldCheck(mapper);
        JsonNode rest = body.deepCopy();
        if (!check.fits(rest, type, "", false)) {
            return check.errors;
        }
        try {
            Object value = mapper.treeToValue(rest, type);
            for (FieldError violation : FieldError.of(validator.validate(value))) {
                if (check.errors.stream().noneMatch(error -> covers(error.field(), violation.field()))) {
                    check.errors.add(violation);
                }
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // What is left still does not bind (a constructor's own rule): the errors found so far are the answer.
        }
        return check.errors;
    }

    /** Whether the node fits the type; a field or element that does not is reported and left out of the node. */
    private boolean fits(JsonNode node, JavaType type, String path, boolean multiLine) {
        if (node.isNull()) {
            return true;
        }
        Class<?> raw = type.getRawClass();
        if (raw.isRecord()) {
            return node.isObject() ? fitsRecord((ObjectNode) node, raw, path)
                    : wrong(path, "expected " + ObjectExamples.like(raw));
        }
        if (type.isCollectionLikeType()) {
            return node.isArray() ? fitsArray((ArrayNode) node, type.getContentType(), path) : wrong(path, "expected an array");
        }
        if (raw == String.class) {
            if (!node.isTextual()) {
                return wrong(path, "must be a string");
            }
            var problem = InputRules.text(node.textValue(), multiLine);
            return problem.isEmpty() || wrong(path, problem.get());
        }
        try {
            mapper.readerFor(type).readValue(mapper.treeAsTokens(node));
            return true;
        } catch (MismatchedInputException e) {
            errors.add(JsonInputErrors.of(e, path));
            return false;
        } catch (JsonMappingException e) {
            return wrong(path, String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            return wrong(path, "expected " + JsonInputErrors.describe(raw));
        }
    }

    private boolean fitsRecord(ObjectNode node, Class<?> record, String path) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.put(jsonName(record, component), component);
        }
        for (String name : node.properties().stream().map(Map.Entry::getKey).toList()) {
            RecordComponent component = components.get(name);
            String field = JsonInputErrors.join(path, name);
            if (component == null) {
                wrong(field, "unknown field '" + name + "'");
                node.remove(name);
            } else if (!fits(node.get(name), mapper.constructType(component.getGenericType()), field, isMultiLine(record, component))) {
                node.set(name, NullNode.getInstance());
            }
        }
        return true;
    }

    private boolean fitsArray(ArrayNode node, JavaType element, String path) {
        for (int i = 0; i < node.size(); i++) {
            if (!fits(node.get(i), element, path + "[" + i + "]", false)) {
                node.set(i, NullNode.getInstance());
            }
        }
        return true;
    }

    private boolean wrong(String path, String message) {
        errors.add(new FieldError(path.isEmpty() ? "body" : path, message));
        return false;
    }

    /** A constraint on a field already reported, or on anything inside it, adds nothing. */
    private static boolean covers(String reported, String violated) {
        return violated.equals(reported) || violated.startsWith(reported + ".") || violated.startsWith(reported + "[");
    }

    private static String jsonName(Class<?> record, RecordComponent component) {
        Field field = RecordComponents.field(record, component);
        JsonProperty property = field == null ? null : field.getAnnotation(JsonProperty.class);
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    private static boolean isMultiLine(Class<?> record, RecordComponent component) {
        Field field = RecordComponents.field(record, component);
        return field != null && field.isAnnotationPresent(MultiLine.class);
    }
}
