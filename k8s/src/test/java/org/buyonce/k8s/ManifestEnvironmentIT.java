package org.buyonce.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.buyonce.infra.EmbeddedKafkaBroker;
import org.buyonce.infra.PostgresServer;
import org.buyonce.infra.ServiceProcess;
import org.buyonce.infra.FreePorts;
import org.buyonce.infra.TokenIssuer;
import org.buyonce.k8s.render.K8sObject;
import org.buyonce.k8s.render.Manifests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service, as packaged, started with nothing but the environment the prod overlay gives its container (ConfigMap
 * values as rendered; the Secrets' values and the cluster addresses of PostgreSQL and Kafka swapped for this
 * machine's): it passes the three probes the manifest declares, and serves the partnership and the token issuer the
 * ConfigMaps name. A setting the manifests forget, or a probe path that does not exist, fails here.
 */
class ManifestEnvironmentIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String JWT_MOUNT = "/etc/buyonce/jwt";

    private static Manifests prod;
    private static PostgresServer postgres;
    private static EmbeddedKafkaBroker broker;
    private static TokenIssuer tokens;

    @BeforeAll
    static void startInfrastructure() {
        prod = Overlays.rendered("prod");
        postgres = PostgresServer.fromEnvironment();
        broker = EmbeddedKafkaBroker.onFreePorts().start();
        tokens = TokenIssuer.temporary();
        // Strimzi creates the declared topics; the services are told not to (BUYONCE_OUTBOX_CREATE_TOPICS=false).
        broker.createCompactedTopics(prod.ofKind("KafkaTopic").stream()
                .filter(topic -> "compact".equals(topic.at("/spec/config/cleanup.policy").asText()))
                .map(topic -> topic.at("/spec/topicName").asText(topic.name())).toArray(String[]::new));
    }

    @AfterAll
    static void stopInfrastructure() {
        if (broker != null) {
            broker.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"contract-service", "asset-service", "alignment-service"})
    void startsPassesItsProbesAndServesWithOnlyTheEnvironmentItsManifestSets(String service) throws Exception {
        K8sObject deployment = prod.find("Deployment", service).orElseThrow();
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        K8sObject cluster = prod.find("Cluster", "buyonce-" + service.replace("-service", "") + "-db").orElseThrow();
        Map<String, String> environment = new java.util.LinkedHashMap<>(ContainerEnvironment.of(prod, deployment,
                Map.of(cluster.name() + "-app", Map.of("username", postgres.user(), "password", postgres.password()),
                        "buyonce-sign-in", Map.of("session-secret", "a session secret of 32 characters or more",
                                "state-secret", "a state secret of 32 characters or more"))));

        // The cluster's addresses become this machine's; everything else is exactly what the manifests set.
        String database = "buyonce_k8s_" + cluster.at("/spec/bootstrap/initdb/database").asText();
        postgres.recreateDatabase(database);
        assertThat(environment.get("QUARKUS_DATASOURCE_JDBC_URL")).startsWith("jdbc:postgresql://" + cluster.name() + "-rw:5432/");
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("buyonce-kafka-kafka-bootstrap:9092");
        environment.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        assertThat(environment.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION")).startsWith(JWT_MOUNT + "/");
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", environment.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                .replace(JWT_MOUNT, tokens.publicKey().getParent().toString()));

        ServiceProcess process = new ServiceProcess(service, Overlays.REPOSITORY.resolve(service + "/target/quarkus-app/quarkus-run.jar"),
                FreePorts.one(), Path.of("target/manifest-environment-logs/" + service + ".log").toAbsolutePath());
        Files.deleteIfExists(process.log());
        process.startWithOnly(environment, List.of("-Xmx256m", "-XX:+UseSerialGC"));
        try {
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                String path = container.at("/" + probe + "/httpGet/path").asText();
                assertThat(awaitOk(process, path, Duration.ofMinutes(2))).as(probe + " " + path + " (log: " + process.log() + ")").isTrue();
            }

            String issuer = environment.get("MP_JWT_VERIFY_ISSUER");
            HttpResponse<String> councils = get(process, "/councils", tokens.issuedAs(issuer).token("operator@buyonce", List.of("viewer"), null, Duration.ofMinutes(5)));
            assertThat(councils.statusCode()).isEqualTo(200);
            assertThat(councils.body()).contains("\"CAM\"", "\"HDC\"", "\"SCDC\"", "Cambridge City Council");
            HttpResponse<String> otherIssuer = get(process, "/councils", tokens.token("operator@buyonce", List.of("viewer"), null, Duration.ofMinutes(5)));
            assertThat(otherIssuer.statusCode()).as("a token from another issuer than " + issuer).isEqualTo(401);
        } finally {
            process.stop(Duration.ofSeconds(30));
        }
    }

    private static boolean awaitOk(ServiceProcess process, String path, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (get(process, path, null).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static HttpResponse<String> get(ServiceProcess process, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(process.url(path))).timeout(Duration.ofSeconds(5));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
