package org.buyonce.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an OpenAPI client generator relies on, checked on a service's document: every operation has an operationId, a
 * summary and a success response, and every 4xx response is documented as problem+json.
 */
public final class OpenApiChecks {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

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

    /** Every defect found, e.g. {@code "GET /contracts: no summary"}; empty when the document is complete. */
    public List<String> defects() {
        List<String> defects = new ArrayList<>();
        forEachOperation((name, op) -> {
            if (!op.hasNonNull("operationId")) {
                defects.add(name + ": no operationId");
            }
            if (!op.hasNonNull("summary")) {
                defects.add(name + ": no summary");
            }
            boolean success = false;
            Iterator<Map.Entry<String, JsonNode>> responses = op.path("responses").fields();
            while (responses.hasNext()) {
                Map.Entry<String, JsonNode> response = responses.next();
                success |= response.getKey().startsWith("2");
                if (response.getKey().startsWith("4") && !isProblem(response.getValue())) {
                    defects.add(name + ": " + response.getKey() + " is not documented as problem+json");
                }
            }
            if (!success) {
                defects.add(name + ": no success response");
            }
        });
        return defects;
    }

    private boolean isProblem(JsonNode response) {
        JsonNode resolved = response.has("$ref") ? document.at(response.get("$ref").asText().substring(1)) : response;
        return resolved.path("content").has("application/problem+json");
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> action) {
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
