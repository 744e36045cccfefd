package org.buyonce.k8s.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.TreeMap;

/** One rendered Kubernetes object, as the JSON the API server would receive. */
public record K8sObject(JsonNode json) {

    public String apiVersion() {
        return json.path("apiVersion").asText();
    }

    /** The API group: "" for the core group ("v1"), else the part before the slash. */
    public String group() {
        String apiVersion = apiVersion();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    public String version() {
        return apiVersion().substring(apiVersion().indexOf('/') + 1);
    }

    public String kind() {
        return json.path("kind").asText();
    }

    public String name() {
        return json.path("metadata").path("name").asText();
    }

    public String namespace() {
        return json.path("metadata").path("namespace").asText(null);
    }

    public JsonNode at(String pointer) {
        return json.at(pointer);
    }

    public boolean is(String kind) {
        return kind().equals(kind);
    }

    /** {@code Kind/name}, how a violation names the object. */
    public String ref() {
        return kind() + "/" + name();
    }

    /** A label map ({@code metadata.labels}, a selector's {@code matchLabels}, ...) at a JSON pointer. */
    public Map<String, String> labels(String pointer) {
        return labelsOf(json.at(pointer));
    }

    public static Map<String, String> labelsOf(JsonNode node) {
        Map<String, String> labels = new TreeMap<>();
        node.fields().forEachRemaining(field -> labels.put(field.getKey(), field.getValue().asText()));
        return labels;
    }

    @Override
    public String toString() {
        return ref();
    }
}
