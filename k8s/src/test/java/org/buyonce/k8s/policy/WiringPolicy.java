package org.buyonce.k8s.policy;

import com.fasterxml.jackson.databind.JsonNode;
import org.buyonce.k8s.render.K8sObject;
import org.buyonce.k8s.render.Manifests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings lead where they should: each service to its own CloudNativePG cluster's read-write Service and database
 * (never one another's), with that cluster's credentials; to the Strimzi cluster's bootstrap Service on a listener's
 * port; and to topics that are declared.
 */
final class WiringPolicy implements Policy {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

    @Override
    public List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        Map<String, String> clusterUsers = new HashMap<>();
        for (K8sObject deployment : manifests.deployments()) {
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            String ref = deployment.ref();
            value(manifests, container, "QUARKUS_DATASOURCE_JDBC_URL").ifPresent(url -> {
                Matcher jdbc = JDBC_URL.matcher(url);
                if (!jdbc.matches()) {
                    violations.add(ref + ": QUARKUS_DATASOURCE_JDBC_URL " + url + " is not a PostgreSQL JDBC URL");
                    return;
                }
                String cluster = jdbc.group(1).replaceFirst("-rw$", "");
                Optional<K8sObject> database = manifests.find("Cluster", cluster);
                if (!jdbc.group(1).endsWith("-rw") || database.isEmpty()) {
                    violations.add(ref + ": the database host " + jdbc.group(1) + " is not the read-write Service of a deployed Cluster");
                    return;
                }
                String name = database.get().at("/spec/bootstrap/initdb/database").asText();
                if (!name.equals(jdbc.group(3))) {
                    violations.add(ref + ": connects to database " + jdbc.group(3) + ", but Cluster/" + cluster + " creates " + name);
                }
                String previous = clusterUsers.putIfAbsent(cluster, deployment.name());
                if (previous != null) {
                    violations.add(ref + ": shares Cluster/" + cluster + " with " + previous + " (each service owns its database)");
                }
                for (String credential : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                    String secret = Manifests.env(container, credential).at("/valueFrom/secretKeyRef/name").asText();
                    if (!secret.equals(cluster + "-app")) {
                        violations.add(ref + ": " + credential + " comes from " + (secret.isEmpty() ? "no Secret" : "Secret " + secret)
                                + ", not " + cluster + "-app");
                    }
                }
            });
            value(manifests, container, "KAFKA_BOOTSTRAP_SERVERS").ifPresent(servers -> {
                boolean reachable = manifests.ofKind("Kafka").stream().anyMatch(kafka -> {
                    List<String> addresses = new ArrayList<>();
                    kafka.at("/spec/kafka/listeners").forEach(listener ->
                            addresses.add(kafka.name() + "-kafka-bootstrap:" + listener.path("port").asText()));
                    return addresses.containsAll(List.of(servers.split(",")));
                });
                if (!reachable) {
                    violations.add(ref + ": KAFKA_BOOTSTRAP_SERVERS " + servers + " is not the bootstrap Service of a deployed Kafka");
                }
            });
            container.path("env").forEach(variable -> {
                String name = variable.path("name").asText();
                if (name.endsWith("_TOPIC")) {
                    value(manifests, container, name).filter(topic -> !topicDeclared(manifests, topic)).ifPresent(topic ->
                            violations.add(ref + ": " + name + " names topic " + topic + ", which no KafkaTopic declares"));
                }
            });
        }
        return violations;
    }

    private static boolean topicDeclared(Manifests manifests, String topic) {
        return manifests.ofKind("KafkaTopic").stream().anyMatch(declared -> declared.at("/spec/topicName").asText(declared.name()).equals(topic));
    }

    private static Optional<String> value(Manifests manifests, JsonNode container, String name) {
        return manifests.valueOf(Manifests.env(container, name));
    }
}
