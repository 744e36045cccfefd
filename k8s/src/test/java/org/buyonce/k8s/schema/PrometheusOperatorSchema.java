package org.buyonce.k8s.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.buyonce.k8s.render.K8sObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Prometheus Operator's {@code ServiceMonitor}, {@code PodMonitor} and {@code PrometheusRule}, checked by a JSON
 * Schema transcribed from its v1 API reference ({@code schemas/prometheus-operator-v1.json}).
 */
final class PrometheusOperatorSchema implements Schema {

    private static final Set<String> KINDS = Set.of("ServiceMonitor", "PodMonitor", "PrometheusRule");

    private final Map<String, JsonSchema> kinds;

    PrometheusOperatorSchema() {
        JsonNode document = load("schemas/prometheus-operator-v1.json");
        this.kinds = Map.of("ServiceMonitor", schemaOf(document, "ServiceMonitor"), "PodMonitor", schemaOf(document, "PodMonitor"),
                "PrometheusRule", schemaOf(document, "PrometheusRule"));
    }

    /** The document with its root referring to the kind's definition. */
    private static JsonSchema schemaOf(JsonNode document, String kind) {
        ObjectNode root = document.deepCopy();
        root.put("$ref", "#/$defs/" + kind);
        root.put("$id", "urn:buyonce:k8s:prometheus-operator-v1:" + kind);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

    @Override
    public boolean covers(K8sObject object) {
        return object.group().equals("monitoring.coreos.com");
    }

    @Override
    public List<String> violations(K8sObject object) {
        if (!KINDS.contains(object.kind()) || !object.version().equals("v1")) {
            return List.of(object.ref() + ": no Prometheus Operator schema for " + object.apiVersion() + " " + object.kind());
        }
        return kinds.get(object.kind()).validate(object.json()).stream()
                .map(ValidationMessage::getMessage).sorted().map(message -> object.ref() + ": " + message).toList();
    }

    private static JsonNode load(String resource) {
        try (InputStream in = PrometheusOperatorSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
