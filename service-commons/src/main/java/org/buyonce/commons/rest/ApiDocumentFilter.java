package org.buyonce.commons.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The conventions every BuyOnce API description follows, applied once to the whole document rather than repeated on
 * each operation, so that client generators get what they rely on:
 * <ul>
 * <li>every operation names the bearer scheme, says in its description which roles may call it (an HTTP bearer
 * scheme has no scopes to list them in), and answers 401 and 403 as problems;</li>
 * <li>dates, instants and ids are inline {@code string} schemas with their format, not Java class names;</li>
 * <li>a value that may be any JSON (a history's old and new values) is an unconstrained schema, not Jackson's
 * {@code JsonNode};</li>
 * <li>every property of a response record is required: the JSON always has it, null when the record says
 * {@code nullable};</li>
 * <li>a date query parameter is not "exploded": for one value that changes nothing on the wire, but typescript-fetch
 * formats a date as YYYY-MM-DD only then (otherwise it sends a timestamp);</li>
 * <li>"at most two decimal places" is said in words: {@code multipleOf: 0.01} fails valid amounts such as 33.33 in
 * the floating point of JSON Schema validators;</li>
 * <li>the service is its own server ({@code /}), and components nothing refers to are dropped.</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    private static final Map<String, Schema> INLINED = Map.of(
            "UUID", string("uuid", "5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10"),
            "LocalDate", string("date", "2027-03-31"),
            "Instant", string("date-time", "2026-11-22T09:30:00Z"));
    private static final Set<String> JSON_VALUE = Set.of("JsonNode");
    private static final Set<String> DROPPED = Set.of("JsonNode", "JsonNodeType");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/").description("This service, where this document is served"));
        }
        Components components = openAPI.getComponents();
        forEachOperation(openAPI, operation -> {
            moveRolesToDescription(operation);
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(ApiDocumentFilter::isDateQuery).forEach(p -> p.setExplode(false));
            }
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) { // not for what a secret link opens
                operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().ref(ApiDefinition.UNAUTHORIZED));
                operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().ref(ApiDefinition.FORBIDDEN));
            }
        });
        new SchemaWalker(this::rewrite).walk(openAPI);
        new SchemaWalker(ApiDocumentFilter::simplifyNullable).walk(openAPI);
        new SchemaWalker(ApiDocumentFilter::decimalPlacesInWords).walk(openAPI);
        if (components != null && components.getSchemas() != null) {
            Map<String, Schema> schemas = new LinkedHashMap<>(components.getSchemas());
            INLINED.keySet().forEach(schemas::remove);
            DROPPED.forEach(schemas::remove);
            schemas.forEach((name, schema) -> {
                if (isResponse(name)) {
                    requireEveryProperty(schema);
                }
            });
            components.setSchemas(schemas);
        }
        UnusedComponents.remove(openAPI);
    }

    private static void moveRolesToDescription(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        List<SecurityRequirement> requirements = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            SecurityRequirement bare = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                roles.addAll(scopes);
                bare.addScheme(scheme);
            });
            requirements.add(bare);
        }
        operation.setSecurity(requirements);
        if (!roles.isEmpty()) {
            String who = "Roles: " + String.join(", ", roles) + ".";
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + " " + who);
        }
    }

    /** Replaces a reference to a framework type by what it is on the wire. */
    private Schema rewrite(Schema schema) {
        String ref = schema.getRef();
        if (ref == null) {
            return schema;
        }
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        if (INLINED.containsKey(name)) {
            Schema inline = copyOf(INLINED.get(name));
            keepAnnotations(schema, inline);
            return inline;
        }
        if (JSON_VALUE.contains(name)) {
            Schema any = OASFactory.createSchema();
            keepAnnotations(schema, any);
            return any;
        }
        return schema;
    }

    /**
     * A nullable value is {@code anyOf: [its schema, null]}: for an inline type it becomes that type or null; for a
     * reference, the reference or null, without a sibling {@code type} that null could not meet.
     */
    private static Schema simplifyNullable(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf == null || anyOf.size() != 2 || anyOf.stream().noneMatch(ApiDocumentFilter::isNull)) {
            return schema;
        }
        Schema value = isNull(anyOf.get(0)) ? anyOf.get(1) : anyOf.get(0);
        if (value.getRef() != null) {
            schema.setType(null);
            return schema;
        }
        List<SchemaType> types = new ArrayList<>(value.getType() == null ? List.of() : value.getType());
        types.add(SchemaType.NULL);
        schema.setType(types);
        schema.setFormat(value.getFormat());
        if (schema.getExamples() == null || schema.getExamples().isEmpty()) {
            schema.setExamples(value.getExamples());
        }
        schema.setAnyOf(null);
        return schema;
    }

    private static Schema decimalPlacesInWords(Schema schema) {
        BigDecimal step = schema.getMultipleOf();
        if (step != null && step.compareTo(BigDecimal.ONE) < 0) {
            String rule = "at most " + step.stripTrailingZeros().scale() + " decimal places";
            schema.setDescription(schema.getDescription() == null ? rule : schema.getDescription() + "; " + rule);
            schema.setMultipleOf(null);
        }
        return schema;
    }

    private static boolean isNull(Schema schema) {
        return schema.getRef() == null && schema.getType() != null && schema.getType().equals(List.of(SchemaType.NULL));
    }

    private static boolean isDateQuery(Parameter parameter) {
        Schema schema = parameter.getSchema();
        return parameter.getIn() == Parameter.In.QUERY && schema != null
                && ("date".equals(schema.getFormat()) || "date-time".equals(schema.getFormat()));
    }

    private static boolean isResponse(String name) {
        return name.endsWith("Response") || name.startsWith("Page");
    }

    private static void requireEveryProperty(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = new ArrayList<>(schema.getProperties().keySet());
        schema.setRequired(required);
    }

    /** Description, examples and read-only flag said where a type is used are kept when its reference is replaced. */
    private static void keepAnnotations(Schema from, Schema to) {
        if (from.getDescription() != null) {
            to.setDescription(from.getDescription());
        }
        if (from.getExamples() != null && !from.getExamples().isEmpty()) {
            to.setExamples(from.getExamples());
        }
        if (from.getExample() != null) {
            to.setExample(from.getExample());
        }
        if (from.getReadOnly() != null) {
            to.setReadOnly(from.getReadOnly());
        }
        if (from.getType() != null && from.getType().contains(SchemaType.NULL)) {
            to.addType(SchemaType.NULL);
        }
    }

    private static Schema string(String format, String example) {
        return OASFactory.createSchema().addType(SchemaType.STRING).format(format).examples(List.of(example));
    }

    private static Schema copyOf(Schema schema) {
        return OASFactory.createSchema().type(new ArrayList<>(schema.getType())).format(schema.getFormat())
                .examples(new ArrayList<>(schema.getExamples()));
    }

    private static void forEachOperation(OpenAPI openAPI, Consumer<Operation> action) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path.getOperations() != null) {
                path.getOperations().values().forEach(operation -> {
                    if (operation.getResponses() == null) {
                        operation.setResponses(OASFactory.createAPIResponses());
                    }
                    action.accept(operation);
                });
            }
        }
    }
}
