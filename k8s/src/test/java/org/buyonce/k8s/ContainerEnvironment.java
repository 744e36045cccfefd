package org.buyonce.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.buyonce.k8s.render.K8sObject;
import org.buyonce.k8s.render.Manifests;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The environment a Deployment's container gets once applied: literal values, ConfigMap keys, and Secret keys. */
final class ContainerEnvironment {

    private ContainerEnvironment() {
    }

    /**
     * @param secrets the values of the Secrets the cluster would hold (by Secret name, then key), which no manifest
     *                renders: CloudNativePG's generated credentials, the operator's key
     */
    static Map<String, String> of(Manifests manifests, K8sObject deployment, Map<String, Map<String, String>> secrets) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode variable : deployment.at("/spec/template/spec/containers/0/env")) {
            String name = variable.path("name").asText();
            Optional<String> value = manifests.valueOf(variable);
            if (value.isPresent()) {
                environment.put(name, value.get());
            } else if (variable.at("/valueFrom/secretKeyRef").isObject()) {
                JsonNode ref = variable.at("/valueFrom/secretKeyRef");
                String secret = secrets.getOrDefault(ref.path("name").asText(), Map.of()).get(ref.path("key").asText());
                if (secret == null && ref.path("optional").asBoolean()) {
                    continue; // an optional key the operator did not give: the container does not get the variable
                }
                if (secret == null) {
                    throw new IllegalArgumentException(name + " reads Secret " + ref.path("name").asText() + ", which the test does not provide");
                }
                environment.put(name, secret);
            } else {
                throw new IllegalArgumentException(name + " has a source the test cannot resolve: " + variable);
            }
        }
        return environment;
    }
}
