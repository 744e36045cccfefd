package org.buyonce.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What OpenAPI client generators and Swagger UI rely on, checked on a service's live document: every operation named,
 * summarised and described, with a success response; errors as problem+json; security naming the defined scheme;
 * no Java framework type as a schema; every response property required; the ETag and Location headers declared where
 * they are sent; an example for every documented status and request body.
 */
public final class OpenApiChecks {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Set<String> FRAMEWORK_TYPES = Set.of("UUID", "LocalDate", "Instant", "JsonNode", "JsonNodeType",
            "BigDecimal", "Object", "Type", "Kind");

    private final JsonNode document;

    public OpenApiChecks(String json) {
        try {
            document = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    public List<String> operationIds() {
        List<String> ids = new ArrayList<>();
        forEachOperation((name, op) -> {
            if (op.hasNonNull("operationId")) {
                ids.add(op.get("operationId").asText());
            }
        });
        return ids;
    }

    /** A request body example of the document, with the operation it belongs to and its documented success. */
    public record RequestExample(String method, String path, String operationId, String mediaType, JsonNode value,
            int successStatus) {
    }

    /** Every request body example, in document order, once each. */
    public List<RequestExample> requestExamples() {
        List<RequestExample> examples = new ArrayList<>();
        forEachOperation((name, op) -> {
            // An example offered under several media types (JSON and merge-patch JSON) is one example: sent once.
            Set<String> names = new HashSet<>();
            op.path("requestBody").path("content").fields().forEachRemaining(media -> media.getValue().path("examples").fields()
                    .forEachRemaining(example -> {
                        if (names.add(example.getKey())) {
                            examples.add(new RequestExample(name.split(" ")[0], name.split(" ")[1], op.path("operationId").asText(),
                                    media.getKey(), example.getValue().path("value"), successStatus(op)));
                        }
                    }));
        });
        return examples;
    }

    /** Every defect found, e.g. {@code "GET /contracts: no description"}; empty when the document is complete. */
    public List<String> defects() {
        List<String> defects = new ArrayList<>();
        Set<String> schemes = new HashSet<>();
        document.path("components").path("securitySchemes").fieldNames().forEachRemaining(schemes::add);
        forEachOperation((name, op) -> {
            for (String field : List.of("operationId", "summary", "description")) {
                if (!op.hasNonNull(field) || op.get(field).asText().isBlank()) {
                    defects.add(name + ": no " + field);
                }
            }
            op.path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(scheme -> {
                if (!schemes.contains(scheme)) {
                    defects.add(name + ": security names scheme '" + scheme + "', which is not defined");
                }
            }));
            if (op.has("requestBody") && !hasExamples(op.path("requestBody"))) {
                defects.add(name + ": the request body has no example");
            }
            boolean success = false;
            Iterator<Map.Entry<String, JsonNode>> responses = op.path("responses").fields();
            while (responses.hasNext()) {
                Map.Entry<String, JsonNode> entry = responses.next();
                String status = entry.getKey();
                JsonNode response = resolve(entry.getValue());
                success |= status.startsWith("2");
                if (status.startsWith("4") && !response.path("content").has("application/problem+json")) {
                    defects.add(name + ": " + status + " is not documented as problem+json");
                }
                if (!status.equals("204") && !status.equals("304") && !hasExamples(response)) { // no body, nothing to show
                    defects.add(name + ": " + status + " has no example");
                }
                if (status.equals("201") && !(hasHeader(response, "Location"))) {
                    defects.add(name + ": 201 does not declare Location");
                }
            }
            if (!success) {
                defects.add(name + ": no success response");
            }
        });
        document.path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (FRAMEWORK_TYPES.contains(schema.getKey())) {
                defects.add("schema " + schema.getKey() + " is a Java type, not a wire format");
            }
            if (schema.getKey().endsWith("Response")) {
                Set<String> required = new HashSet<>();
                schema.getValue().path("required").forEach(r -> required.add(r.asText()));
                schema.getValue().path("properties").fieldNames().forEachRemaining(property -> {
                    if (!required.contains(property)) {
                        defects.add("schema " + schema.getKey() + ": " + property + " is always sent but not required");
                    }
                });
            }
        });
        return defects;
    }

    /** True if every response that answers with a resource's representation also sends its ETag. */
    public List<String> responsesWithoutEtag(Set<String> versionedSchemas) {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, op) -> op.path("responses").fields().forEachRemaining(entry -> {
            JsonNode response = resolve(entry.getValue());
            String ref = response.path("content").path("application/json").path("schema").path("$ref").asText();
            String schema = ref.substring(ref.lastIndexOf('/') + 1);
            if (versionedSchemas.contains(schema) && !hasHeader(response, "ETag")) {
                missing.add(name + " " + entry.getKey());
            }
        }));
        return missing;
    }

    private boolean hasHeader(JsonNode response, String header) {
        return response.path("headers").has(header);
    }

    /** A media example, or a schema whose every property (to the leaves) carries one, as Swagger UI builds examples. */
    private boolean hasExamples(JsonNode response) {
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return false;
        }
        Iterator<JsonNode> media = content.elements();
        while (media.hasNext()) {
            JsonNode type = media.next();
            if (!(type.has("example") || type.path("examples").size() > 0 || schemaExampled(type.path("schema"), 0))) {
                return false;
            }
        }
        return true;
    }

    private boolean schemaExampled(JsonNode schema, int depth) {
        if (depth > 8) {
            return true;
        }
        JsonNode resolved = resolve(schema);
        if (resolved.has("example") || resolved.has("examples") || resolved.has("enum")) {
            return true;
        }
        if (resolved.has("allOf")) {
            for (JsonNode part : resolved.path("allOf")) {
                if (!schemaExampled(part, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (resolved.has("items")) {
            return schemaExampled(resolved.path("items"), depth + 1);
        }
        if (resolved.has("properties")) {
            Iterator<JsonNode> properties = resolved.path("properties").elements();
            while (properties.hasNext()) {
                JsonNode property = properties.next();
                if (!schemaExampled(property, depth + 1) && !"uuid".equals(resolve(property).path("format").asText())) {
                    return false;
                }
            }
            return true;
        }
        // An unconstrained value (any JSON) or a map has nothing more to show.
        return !resolved.has("type") || resolved.has("additionalProperties");
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    private static int successStatus(JsonNode operation) {
        Iterator<String> statuses = operation.path("responses").fieldNames();
        while (statuses.hasNext()) {
            String status = statuses.next();
            if (status.startsWith("2")) {
                return Integer.parseInt(status);
            }
        }
        throw new IllegalStateException("no success response");
    }

    private void forEachOperation(BiConsumer<String, JsonNode> action) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (METHODS.contains(operation.getKey())) {
                    action.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                }
            }
        }
    }
}
