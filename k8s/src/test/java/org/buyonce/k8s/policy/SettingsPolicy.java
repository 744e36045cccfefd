package org.buyonce.k8s.policy;

import com.fasterxml.jackson.databind.JsonNode;
import org.buyonce.k8s.render.K8sObject;
import org.buyonce.k8s.render.Manifests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each service gets every setting it reads: the required ones (README), the ones whose default is wrong in a cluster,
 * and the planner policy for alignment-service; and nothing it does not read (a misspelt variable is silently ignored
 * by the service, so it is caught here). The JWT key file must lie on a mounted volume.
 */
final class SettingsPolicy implements Policy {

    private static final String IMAGE_PREFIX = "ghcr.io/buyonce/";
    /** Defaults that only suit one machine: Kafka on localhost, the launcher's token issuer, nobody to sign in with. */
    private static final Set<String> REQUIRED_IN_A_CLUSTER = Set.of("KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_ISSUER",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "BUYONCE_COUNCILS", "BUYONCE_TIME_ZONE", "BUYONCE_OIDC_ISSUERS", "BUYONCE_AUDIENCE",
            "BUYONCE_OIDC_CLIENT_ID");
    /** Settings one service has that the others do not read; with replicas, the dashboard's sign-in needs its secrets. */
    private static final Map<String, Set<String>> REQUIRED_BY_SERVICE = Map.of(
            "alignment-service", Set.of("BUYONCE_PLANNER_LEAD_TIME_MONTHS", "BUYONCE_PLANNER_MAX_BRIDGE_MONTHS",
                    "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET", "QUARKUS_OIDC_AUTHENTICATION_STATE_SECRET"));

    private final ServiceSettings settings;

    SettingsPolicy(ServiceSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (K8sObject deployment : manifests.deployments()) {
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                if (!container.path("image").asText().startsWith(IMAGE_PREFIX)) {
                    continue;
                }
                String ref = deployment.ref() + " container " + container.path("name").asText();
                Set<String> set = new HashSet<>();
                for (JsonNode variable : container.path("env")) {
                    String name = variable.path("name").asText();
                    if (!set.add(name)) {
                        violations.add(ref + ": sets " + name + " twice");
                    }
                    if (!settings.documented().contains(name)) {
                        violations.add(ref + ": sets " + name + ", which no service reads (not in README's configuration table)");
                    }
                }
                Set<String> required = new LinkedHashSet<>(settings.required());
                required.addAll(REQUIRED_IN_A_CLUSTER);
                required.addAll(REQUIRED_BY_SERVICE.getOrDefault(deployment.name(), Set.of()));
                required.stream().filter(name -> !set.contains(name)).sorted()
                        .forEach(name -> violations.add(ref + ": does not set " + name));
                checkKeyIsMounted(ref, container, violations);
            }
        }
        return violations;
    }

    private static void checkKeyIsMounted(String ref, JsonNode container, List<String> violations) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals("MP_JWT_VERIFY_PUBLICKEY_LOCATION")) {
                String file = variable.path("value").asText();
                boolean mounted = false;
                for (JsonNode mount : container.path("volumeMounts")) {
                    mounted |= file.startsWith(mount.path("mountPath").asText() + "/");
                }
                if (!mounted) {
                    violations.add(ref + ": the JWT key " + file + " is on no mounted volume");
                }
            }
        }
    }
}
