package org.buyonce.k8s.schema;

import org.buyonce.k8s.render.Kustomize;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema checks reject what an API server (with Strimzi's and CloudNativePG's CRDs) would reject. */
class ApiSchemasTest {

    private static List<String> violations(String yaml) {
        return ApiSchemas.violations(Kustomize.parse(yaml));
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                    - name: app
                      image: example.org/web:1.0
                      ports: [{name: http, containerPort: 8080}]
                      readinessProbe: {httpGet: {path: /q/health/ready, port: http}}
            """;

    @Test
    void acceptsAValidDeployment() {
        assertThat(violations(DEPLOYMENT)).isEmpty();
    }

    @Test
    void rejectsAFieldTheKubernetesSchemaDoesNotHave() {
        assertThat(violations(DEPLOYMENT.replace("selector:", "replica: 2\n  selector:")))
                .singleElement().asString().contains("Deployment/web", "replica");
    }

    @Test
    void rejectsAMisspeltFieldDeepInThePodTemplate() {
        assertThat(violations(DEPLOYMENT.replace("readinessProbe: {httpGet:", "readinessProbe: {httpGett:")))
                .singleElement().asString().contains("httpGett");
    }

    @Test
    void rejectsAMissingRequiredField() {
        assertThat(violations(DEPLOYMENT.replace("- name: app\n          image:", "- image:")))
                .singleElement().asString().contains("Deployment/web", "required field `name`");
    }

    @Test
    void rejectsAValueOfTheWrongType() {
        assertThat(violations(DEPLOYMENT.replace("containerPort: 8080", "containerPort: [8080]"))).isNotEmpty();
    }

    private static final String TOPIC = """
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaTopic
            metadata: {name: contract-renewals, labels: {strimzi.io/cluster: buyonce-kafka}}
            spec:
              partitions: 3
              replicas: 3
              config: {cleanup.policy: compact, min.insync.replicas: 2}
            """;

    @Test
    void acceptsAValidStrimziTopic() {
        assertThat(violations(TOPIC)).isEmpty();
    }

    @Test
    void rejectsAStrimziVersionThatStrimziOneNoLongerServes() {
        assertThat(violations(TOPIC.replace("kafka.strimzi.io/v1", "kafka.strimzi.io/v1beta2")))
                .singleElement().asString().contains("serves only kafka.strimzi.io/v1");
    }

    @Test
    void rejectsAFieldStrimzisModelDoesNotHave() {
        assertThat(violations(TOPIC.replace("partitions: 3", "partition: 3")))
                .singleElement().asString().contains("KafkaTopic/contract-renewals", ".spec.partition is not a field");
    }

    @Test
    void rejectsAFieldTheV1ApiNoLongerHas() {
        String connector = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaConnector
                metadata: {name: outbox, labels: {strimzi.io/cluster: connect}}
                spec:
                  class: io.debezium.connector.postgresql.PostgresConnector
                  tasksMax: 1
                  pause: true
                """;

        assertThat(violations(connector)).singleElement().asString().contains(".spec.pause is not in v1");
    }

    @Test
    void rejectsAMissingFieldTheV1ApiRequires() {
        String connect = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaConnect
                metadata: {name: connect}
                spec:
                  replicas: 1
                  bootstrapServers: kafka:9092
                  configStorageTopic: configs
                  offsetStorageTopic: offsets
                  statusStorageTopic: status
                """;

        assertThat(violations(connect)).singleElement().asString().contains(".spec.groupId is required in v1");
    }

    @Test
    void rejectsAnUnknownPolymorphicType() {
        String pool = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaNodePool
                metadata: {name: pool, labels: {strimzi.io/cluster: buyonce-kafka}}
                spec:
                  replicas: 1
                  roles: [broker]
                  storage: {type: floppy}
                """;

        assertThat(violations(pool)).singleElement().asString().contains("KafkaNodePool/pool", "floppy");
    }

    private static final String CLUSTER = """
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata: {name: db}
            spec:
              instances: 3
              imageName: ghcr.io/cloudnative-pg/postgresql:17.5
              storage: {size: 5Gi}
              bootstrap: {initdb: {database: contracts, owner: contract_service}}
            """;

    @Test
    void acceptsAValidPostgresCluster() {
        assertThat(violations(CLUSTER)).isEmpty();
    }

    @Test
    void rejectsAnInvalidPostgresCluster() {
        String invalid = CLUSTER.replace("instances: 3", "instances: 0").replace("storage: {size: 5Gi}", "storage: {sise: 5Gi}")
                .replace("database: contracts, ", "");

        assertThat(violations(invalid)).hasSize(3).allMatch(violation -> violation.startsWith("Cluster/db: "))
                .anyMatch(violation -> violation.contains("instances"))
                .anyMatch(violation -> violation.contains("sise"))
                .anyMatch(violation -> violation.contains("database"));
    }

    private static final String MONITORING = """
            apiVersion: monitoring.coreos.com/v1
            kind: ServiceMonitor
            metadata: {name: web}
            spec:
              selector: {matchLabels: {app: web}}
              endpoints: [{port: http, path: /q/metrics, interval: 30s}]
            ---
            apiVersion: monitoring.coreos.com/v1
            kind: PrometheusRule
            metadata: {name: web}
            spec:
              groups:
                - name: web
                  rules:
                    - alert: WebDown
                      expr: up == 0
                      for: 5m
                      labels: {severity: critical}
            """;

    @Test
    void acceptsAValidServiceMonitorAndPrometheusRule() {
        assertThat(violations(MONITORING)).isEmpty();
    }

    @Test
    void rejectsAnInvalidServiceMonitorAndPrometheusRule() {
        String invalid = MONITORING.replace("interval: 30s", "intervall: 30s").replace("for: 5m", "for: five minutes")
                .replace("expr: up == 0", "exp: up == 0");

        assertThat(violations(invalid))
                .anyMatch(violation -> violation.startsWith("ServiceMonitor/web: ") && violation.contains("intervall"))
                .anyMatch(violation -> violation.startsWith("PrometheusRule/web: ") && violation.contains("for"))
                .anyMatch(violation -> violation.startsWith("PrometheusRule/web: ") && violation.contains("expr"));
    }

    @Test
    void rejectsAKindNoSchemaCovers() {
        assertThat(violations("""
                apiVersion: example.org/v1
                kind: Widget
                metadata: {name: w}
                """)).containsExactly("Widget/w: no schema for example.org/v1 Widget");
    }
}
