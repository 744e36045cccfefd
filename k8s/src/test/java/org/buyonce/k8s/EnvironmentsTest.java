package org.buyonce.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.buyonce.events.Topics;
import org.buyonce.k8s.render.K8sObject;
import org.buyonce.k8s.render.Manifests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What each environment promises: dev is small, prod survives the loss of a node, the topics are the event contract's. */
class EnvironmentsTest {

    @ParameterizedTest
    @MethodSource("org.buyonce.k8s.Overlays#names")
    void declaresEveryTopicOfTheEventContractCompactedAndADeadLetterTopicPerConsumer(String overlay) {
        Manifests manifests = Overlays.rendered(overlay);

        for (String topic : List.of(Topics.CONTRACT_RENEWALS, Topics.ASSET_LIFECYCLE, Topics.CAPABILITIES)) {
            assertThat(topicConfig(manifests, topic).path("cleanup.policy").asText()).as(topic).isEqualTo("compact");
        }
        for (String consumer : List.of("asset-service", "alignment-service")) {
            assertThat(topicConfig(manifests, consumer + ".dlq").path("cleanup.policy").asText("delete")).isEqualTo("delete");
        }
    }

    @Test
    void devRunsOneSmallReplicaOfEverything() {
        Manifests dev = Overlays.rendered("dev");

        for (K8sObject deployment : dev.deployments()) {
            assertThat(deployment.at("/spec/replicas").asInt()).as(deployment.ref()).isEqualTo(1);
            assertThat(deployment.at("/spec/template/spec/containers/0/resources/limits/memory").asText()).isEqualTo("448Mi");
        }
        assertThat(dev.ofKind("HorizontalPodAutoscaler")).isEmpty();
        assertThat(dev.ofKind("KafkaNodePool").get(0).at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(dev.ofKind("Cluster")).allSatisfy(cluster -> assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod", "debezium"})
    void productionSurvivesTheLossOfAnyOneNode(String overlay) {
        Manifests prod = Overlays.rendered(overlay);

        for (K8sObject deployment : prod.deployments()) {
            assertThat(deployment.at("/spec/replicas").asInt()).as(deployment.ref()).isGreaterThanOrEqualTo(2);
            K8sObject autoscaler = prod.find("HorizontalPodAutoscaler", deployment.name()).orElseThrow();
            assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo(deployment.name());
            assertThat(autoscaler.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
            K8sObject budget = prod.find("PodDisruptionBudget", deployment.name()).orElseThrow();
            assertThat(budget.at("/spec/minAvailable").asInt()).isEqualTo(1);
        }
        assertThat(prod.ofKind("KafkaNodePool").get(0).at("/spec/replicas").asInt()).isEqualTo(3);
        JsonNode brokers = prod.ofKind("Kafka").get(0).at("/spec/kafka/config");
        assertThat(brokers.path("default.replication.factor").asInt()).isEqualTo(3);
        assertThat(brokers.path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(brokers.path("transaction.state.log.min.isr").asInt()).isEqualTo(2);
        for (K8sObject topic : prod.ofKind("KafkaTopic")) {
            assertThat(topic.at("/spec/replicas").asInt()).as(topic.ref()).isEqualTo(3);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).as(topic.ref()).isEqualTo(2);
        }
        assertThat(topicSpec(prod, Topics.CONTRACT_RENEWALS).path("partitions").asInt()).isEqualTo(6);
        assertThat(prod.ofKind("Cluster")).allSatisfy(cluster -> assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(3));
        assertThat(prod.deployments()).allSatisfy(deployment ->
                assertThat(deployment.at("/spec/template/spec/containers/0/image").asText()).doesNotEndWith("-dev"));
    }

    @Test
    void debeziumReplacesTheRelayOfThePublishingServicesOnly() {
        Manifests debezium = Overlays.rendered("debezium");

        assertThat(relayEnabled(debezium, "contract-service")).isEqualTo("false");
        assertThat(relayEnabled(debezium, "asset-service")).isEqualTo("false");
        assertThat(relayEnabled(debezium, "alignment-service")).isNull();
        assertThat(debezium.ofKind("KafkaConnector")).extracting(connector -> connector.at("/spec/config/database.hostname").asText())
                .containsExactlyInAnyOrder("buyonce-contract-db-rw", "buyonce-asset-db-rw");
        for (String cluster : List.of("buyonce-contract-db", "buyonce-asset-db")) {
            JsonNode role = debezium.find("Cluster", cluster).orElseThrow().at("/spec/managed/roles/0");
            assertThat(role.path("replication").asBoolean()).as(cluster).isTrue();
            assertThat(role.path("name").asText())
                    .isEqualTo(debezium.find("Cluster", cluster).orElseThrow().at("/spec/bootstrap/initdb/owner").asText());
        }
    }

    private static String relayEnabled(Manifests manifests, String service) {
        JsonNode container = manifests.find("Deployment", service).orElseThrow().at("/spec/template/spec/containers/0");
        return Manifests.env(container, "BUYONCE_OUTBOX_RELAY_ENABLED").path("value").asText(null);
    }

    private static JsonNode topicSpec(Manifests manifests, String topic) {
        return manifests.ofKind("KafkaTopic").stream()
                .filter(object -> object.at("/spec/topicName").asText(object.name()).equals(topic))
                .findFirst().orElseThrow(() -> new AssertionError("no KafkaTopic for " + topic)).at("/spec");
    }

    private static JsonNode topicConfig(Manifests manifests, String topic) {
        return topicSpec(manifests, topic).path("config");
    }
}
