package org.buyonce.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.buyonce.k8s.policy.Policy;
import org.buyonce.k8s.policy.ServiceSettings;
import org.buyonce.k8s.render.K8sObject;
import org.buyonce.k8s.render.Manifests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule catches its violation: the dev overlay, as rendered, with one thing broken at a time. */
class PoliciesTest {

    private static List<K8sObject> dev;
    private static ServiceSettings settings;

    @BeforeAll
    static void renderDev() {
        dev = Overlays.rendered("dev").objects();
        settings = Overlays.settings();
    }

    @Test
    void theDevOverlayAsRenderedHasNoViolation() {
        assertThat(violations(dev)).isEmpty();
    }

    @Test
    void catchesAnUnpinnedImage() {
        assertThat(violations(contractContainer(container -> container.put("image", "ghcr.io/buyonce/contract-service:latest"))))
                .containsExactly("Deployment/contract-service container app: image ghcr.io/buyonce/contract-service:latest"
                        + " is not pinned to a version (no tag, or latest)");
        assertThat(violations(contractContainer(container -> container.put("image", "ghcr.io/buyonce/contract-service"))))
                .singleElement().asString().contains("is not pinned");
    }

    @Test
    void catchesMissingLimitsAndProbes() {
        assertThat(violations(contractContainer(container -> {
            ((ObjectNode) container.path("resources")).remove("limits");
            container.remove("livenessProbe");
        }))).containsExactlyInAnyOrder(
                "Deployment/contract-service container app: no cpu in resources.limits",
                "Deployment/contract-service container app: no memory in resources.limits",
                "Deployment/contract-service container app: no livenessProbe");
    }

    @Test
    void catchesAContainerOutsideTheRestrictedProfile() {
        assertThat(violations(contractDeployment(deployment -> {
            ((ObjectNode) deployment.at("/spec/template/spec/securityContext")).remove("runAsNonRoot");
            ObjectNode context = (ObjectNode) deployment.at("/spec/template/spec/containers/0/securityContext");
            context.put("readOnlyRootFilesystem", false);
            context.put("allowPrivilegeEscalation", true);
            ((ObjectNode) context.path("capabilities")).putArray("add").add("NET_ADMIN");
        }))).containsExactlyInAnyOrder(
                "Deployment/contract-service container app: runAsNonRoot is not true",
                "Deployment/contract-service container app: allowPrivilegeEscalation is not false",
                "Deployment/contract-service container app: adds capability NET_ADMIN",
                "Deployment/contract-service container app: root filesystem is not read-only");
    }

    @Test
    void catchesAReadOnlyRootWithoutAWritableTmp() {
        assertThat(violations(contractContainer(container -> ((ArrayNode) container.path("volumeMounts")).remove(0))))
                .containsExactly("Deployment/contract-service container app: /tmp is not an emptyDir (the root filesystem is read-only)");
    }

    @Test
    void catchesADeploymentNoDisruptionBudgetOrServiceSelects() {
        assertThat(violations(contractDeployment(deployment -> {
            ((ObjectNode) deployment.at("/spec/template/metadata/labels")).put("app.kubernetes.io/name", "renamed");
            ((ObjectNode) deployment.at("/spec/selector/matchLabels")).put("app.kubernetes.io/name", "renamed");
        }))).contains(
                "Deployment/contract-service: no PodDisruptionBudget selects its pods",
                "Deployment/contract-service: no Service selects its pods");
    }

    @Test
    void catchesADeploymentOnlyTheDefaultDenyPolicySelects() {
        List<K8sObject> withoutOwnPolicies = dev.stream()
                .filter(object -> !object.is("NetworkPolicy") || object.name().equals("default-deny")).toList();

        assertThat(violations(withoutOwnPolicies)).containsExactlyInAnyOrder(
                "Deployment/contract-service: no NetworkPolicy selects its pods",
                "Deployment/asset-service: no NetworkPolicy selects its pods",
                "Deployment/alignment-service: no NetworkPolicy selects its pods");
    }

    @Test
    void catchesAMissingDefaultDeny() {
        assertThat(violations(dev.stream().filter(object -> !object.name().equals("default-deny")).toList()))
                .containsExactly("no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, no rules)");
    }

    @Test
    void catchesAMisspeltAndAMissingSetting() {
        assertThat(violations(contractContainer(container -> container.path("env").forEach(variable -> {
            if (variable.path("name").asText().equals("BUYONCE_COUNCILS")) {
                ((ObjectNode) variable).put("name", "BUYONCE_COUNCIL");
            }
        })))).containsExactlyInAnyOrder(
                "Deployment/contract-service container app: sets BUYONCE_COUNCIL, which no service reads (not in README's configuration table)",
                "Deployment/contract-service container app: does not set BUYONCE_COUNCILS");
    }

    @Test
    void catchesThePlannerPolicyMissingFromAlignmentService() {
        List<K8sObject> changed = changed(object -> object.is("Deployment") && object.name().equals("alignment-service"), deployment -> {
            ArrayNode env = (ArrayNode) deployment.at("/spec/template/spec/containers/0/env");
            for (int i = env.size() - 1; i >= 0; i--) {
                if (env.get(i).path("name").asText().startsWith("BUYONCE_PLANNER_")) {
                    env.remove(i);
                }
            }
        });

        assertThat(violations(changed)).containsExactlyInAnyOrder(
                "Deployment/alignment-service container app: does not set BUYONCE_PLANNER_LEAD_TIME_MONTHS",
                "Deployment/alignment-service container app: does not set BUYONCE_PLANNER_MAX_BRIDGE_MONTHS");
    }

    @Test
    void catchesAReferenceToAConfigMapKeyOrSecretThatWillNotExist() {
        List<K8sObject> changed = changed(object -> object.is("ConfigMap") && object.name().equals("buyonce-partnership"),
                configMap -> ((ObjectNode) configMap.path("data")).remove("BUYONCE_TIME_ZONE"));
        changed = changed(changed, object -> object.is("Deployment") && object.name().equals("asset-service"),
                deployment -> deployment.at("/spec/template/spec/containers/0/env").forEach(variable -> {
                    if (variable.path("name").asText().equals("QUARKUS_DATASOURCE_PASSWORD")) {
                        ((ObjectNode) variable.at("/valueFrom/secretKeyRef")).put("name", "asset-db-credentials");
                    }
                }));

        assertThat(violations(changed)).containsExactlyInAnyOrder(
                "Deployment/contract-service env BUYONCE_TIME_ZONE: ConfigMap buyonce-partnership has no key BUYONCE_TIME_ZONE",
                "Deployment/asset-service env BUYONCE_TIME_ZONE: ConfigMap buyonce-partnership has no key BUYONCE_TIME_ZONE",
                "Deployment/alignment-service env BUYONCE_TIME_ZONE: ConfigMap buyonce-partnership has no key BUYONCE_TIME_ZONE",
                "Deployment/asset-service env QUARKUS_DATASOURCE_PASSWORD: Secret asset-db-credentials is neither deployed,"
                        + " generated by CloudNativePG, nor one the operator provides",
                "Deployment/asset-service: QUARKUS_DATASOURCE_PASSWORD comes from Secret asset-db-credentials, not buyonce-asset-db-app");
    }

    @Test
    void catchesAServiceWiredToAnotherServicesDatabase() {
        List<K8sObject> changed = changed(object -> object.is("ConfigMap") && object.name().equals("asset-service"),
                configMap -> ((ObjectNode) configMap.path("data"))
                        .put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://buyonce-contract-db-rw:5432/contracts"));

        assertThat(violations(changed)).containsExactlyInAnyOrder(
                "Deployment/contract-service: shares Cluster/buyonce-contract-db with asset-service (each service owns its database)",
                "Deployment/asset-service: QUARKUS_DATASOURCE_USERNAME comes from Secret buyonce-asset-db-app, not buyonce-contract-db-app",
                "Deployment/asset-service: QUARKUS_DATASOURCE_PASSWORD comes from Secret buyonce-asset-db-app, not buyonce-contract-db-app");
    }

    @Test
    void catchesAWrongDatabaseNameKafkaAddressOrTopic() {
        List<K8sObject> changed = changed(object -> object.is("ConfigMap") && object.name().equals("contract-service"),
                configMap -> ((ObjectNode) configMap.path("data"))
                        .put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://buyonce-contract-db-rw:5432/contract"));
        changed = changed(changed, object -> object.is("ConfigMap") && object.name().equals("buyonce-partnership"),
                configMap -> ((ObjectNode) configMap.path("data")).put("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"));
        changed = changed(changed, object -> object.is("ConfigMap") && object.name().equals("alignment-service"),
                configMap -> ((ObjectNode) configMap.path("data")).put("BUYONCE_CONSUMER_DEAD_LETTER_TOPIC", "alignment.dlq"));

        assertThat(violations(changed)).containsExactlyInAnyOrder(
                "Deployment/contract-service: connects to database contract, but Cluster/buyonce-contract-db creates contracts",
                "Deployment/contract-service: KAFKA_BOOTSTRAP_SERVERS kafka:9092 is not the bootstrap Service of a deployed Kafka",
                "Deployment/asset-service: KAFKA_BOOTSTRAP_SERVERS kafka:9092 is not the bootstrap Service of a deployed Kafka",
                "Deployment/alignment-service: KAFKA_BOOTSTRAP_SERVERS kafka:9092 is not the bootstrap Service of a deployed Kafka",
                "Deployment/alignment-service: BUYONCE_CONSUMER_DEAD_LETTER_TOPIC names topic alignment.dlq, which no KafkaTopic declares");
    }

    @Test
    void catchesANamespaceThatDoesNotEnforceTheRestrictedProfile() {
        List<K8sObject> changed = changed(object -> object.is("Namespace"),
                namespace -> ((ObjectNode) namespace.at("/metadata/labels")).put("pod-security.kubernetes.io/enforce", "baseline"));

        assertThat(violations(changed)).containsExactly("Namespace/buyonce: not labelled pod-security.kubernetes.io/enforce=restricted");
    }

    private List<String> violations(List<K8sObject> objects) {
        Manifests manifests = new Manifests(objects);
        return Policy.all(settings).stream().flatMap(policy -> policy.violations(manifests).stream()).toList();
    }


    private static List<K8sObject> contractDeployment(Consumer<ObjectNode> change) {
        return changed(object -> object.is("Deployment") && object.name().equals("contract-service"), change);
    }

    private static List<K8sObject> contractContainer(Consumer<ObjectNode> change) {
        return contractDeployment(deployment -> change.accept((ObjectNode) deployment.at("/spec/template/spec/containers/0")));
    }

    private static List<K8sObject> changed(Predicate<K8sObject> which, Consumer<ObjectNode> change) {
        return changed(dev, which, change);
    }

    /** A copy of the objects with the chosen ones changed; the rendering itself stays as it was. */
    private static List<K8sObject> changed(List<K8sObject> objects, Predicate<K8sObject> which, Consumer<ObjectNode> change) {
        return objects.stream().map(object -> {
            if (!which.test(object)) {
                return object;
            }
            JsonNode copy = object.json().deepCopy();
            change.accept((ObjectNode) copy);
            return new K8sObject(copy);
        }).toList();
    }
}
