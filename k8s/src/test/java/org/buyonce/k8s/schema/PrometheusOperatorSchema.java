package org.buyonce.k8s.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import org.buyonce.k8s.render.K8sObject;

import java.util.List;
import java.util.Map;

/**
 * The Prometheus Operator's {@code ServiceMonitor}, {@code PodMonitor} and {@code PrometheusRule}, checked by a JSON
 * Schema transcribed from its v1 API reference ({@code schemas/prometheus-operator-v1.json}).
 */
final class PrometheusOperatorSchema implements Schema {

    private final Map<String, JsonSchema> kinds;

    PrometheusOperatorSchema() {
        JsonNode document = TranscribedSchemas.read("schemas/prometheus-operator-v1.json");
        this.kinds = Map.of("ServiceMonitor", schemaOf(document, "ServiceMonitor"), "PodMonitor", schemaOf(document, "PodMonitor"),
                "PrometheusRule", schemaOf(document, "PrometheusRule"));
    }

    /** The document with its root referring to the kind's definition. */
    private static JsonSchema schemaOf(JsonNode document, String kind) {
        ObjectNode root = document.deepCopy();
        root.put("$ref", "#/$defs/" + kind);
        root.put("$id", "urn:buyonce:k8s:prometheus-operator-v1:" + kind);
        return TranscribedSchemas.schema(root);
    }

    @Override
    public boolean covers(K8sObject object) {
        return object.group().equals("monitoring.coreos.com");
    }

    @Override
    public List<String> violations(K8sObject object) {
        JsonSchema schema = object.version().equals("v1") ? kinds.get(object.kind()) : null;
        if (schema == null) {
            return List.of(object.ref() + ": no Prometheus Operator schema for " + object.apiVersion() + " " + object.kind());
        }
        return TranscribedSchemas.violations(schema, object);
    }
}
