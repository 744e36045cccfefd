package org.buyonce.k8s.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** The objects one overlay renders, with the look-ups the checks need. */
public record Manifests(List<K8sObject> objects) {

    public List<K8sObject> ofKind(String kind) {
        return objects.stream().filter(object -> object.is(kind)).toList();
    }

    public Optional<K8sObject> find(String kind, String name) {
        return objects.stream().filter(object -> object.is(kind) && object.name().equals(name)).findFirst();
    }

    /** The workloads: Deployments, with their pod templates. */
    public List<K8sObject> deployments() {
        return ofKind("Deployment");
    }

    /** A container's variable of this name ({@code env[]} entry), or a missing node. */
    public static JsonNode env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable;
            }
        }
        return MissingNode.getInstance();
    }

    /** A variable's value as the pod will see it, when it is a literal or comes from a deployed ConfigMap's key. */
    public Optional<String> valueOf(JsonNode variable) {
        if (variable.has("value")) {
            return Optional.of(variable.path("value").asText());
        }
        JsonNode configMapKey = variable.at("/valueFrom/configMapKeyRef");
        return find("ConfigMap", configMapKey.path("name").asText())
                .map(configMap -> configMap.at("/data/" + configMapKey.path("key").asText()))
                .filter(value -> !value.isMissingNode()).map(JsonNode::asText);
    }

    /** Whether a label selector ({@code matchLabels} and {@code matchExpressions}) selects pods with these labels. */
    public static boolean selects(JsonNode selector, Map<String, String> labels) {
        JsonNode matchLabels = selector.has("matchLabels") || selector.has("matchExpressions") ? selector.path("matchLabels") : selector;
        for (Map.Entry<String, String> required : K8sObject.labelsOf(matchLabels).entrySet()) {
            if (!required.getValue().equals(labels.get(required.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            List<String> values = StreamSupport.stream(expression.path("values").spliterator(), false).map(JsonNode::asText).toList();
            boolean matches = switch (expression.path("operator").asText()) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }
}
