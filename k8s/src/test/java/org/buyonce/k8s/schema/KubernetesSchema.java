package org.buyonce.k8s.schema;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import org.buyonce.k8s.render.K8sObject;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The built-in kinds, checked by the Kubernetes Java client's models, which are generated from the API server's OpenAPI
 * specification: every field must exist in the schema, every required field must be there, every value must have the
 * schema's type, all the way down.
 */
final class KubernetesSchema implements Schema {

    /** A model's {@code fromJson}: validates the whole tree against the schema, then binds it (which checks types). */
    @FunctionalInterface
    private interface Validator {
        Object bind(String json) throws IOException;
    }

    private static final Map<String, Validator> VALIDATORS = Map.ofEntries(
            Map.entry("v1/Namespace", V1Namespace::fromJson),
            Map.entry("v1/ConfigMap", V1ConfigMap::fromJson),
            Map.entry("v1/Secret", V1Secret::fromJson),
            Map.entry("v1/Service", V1Service::fromJson),
            Map.entry("v1/ServiceAccount", V1ServiceAccount::fromJson),
            Map.entry("apps/v1/Deployment", V1Deployment::fromJson),
            Map.entry("policy/v1/PodDisruptionBudget", V1PodDisruptionBudget::fromJson),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy::fromJson),
            Map.entry("networking.k8s.io/v1/Ingress", V1Ingress::fromJson),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler::fromJson),
            Map.entry("rbac.authorization.k8s.io/v1/Role", V1Role::fromJson),
            Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", V1RoleBinding::fromJson));

    @Override
    public boolean covers(K8sObject object) {
        return VALIDATORS.containsKey(key(object));
    }

    @Override
    public List<String> violations(K8sObject object) {
        try {
            VALIDATORS.get(key(object)).bind(object.json().toString());
            return List.of();
        } catch (IOException | RuntimeException e) {
            return List.of(object.ref() + ": " + e.getMessage());
        }
    }

    private static String key(K8sObject object) {
        return object.apiVersion() + "/" + object.kind();
    }
}
