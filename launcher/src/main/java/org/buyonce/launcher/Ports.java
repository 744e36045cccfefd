package org.buyonce.launcher;

import java.util.List;
import java.util.Map;

/** Where the embedded default listens, from {@code BUYONCE_*_PORT} and {@code BUYONCE_BIND_ADDRESS}. */
record Ports(int kafka, int kafkaController, int postgres, int keycloak, int keycloakManagement, int smtp,
        Map<String, Integer> services, String bindAddress) {

    static final String HELP = """
            Usage: java -jar launcher/target/buyonce-launcher.jar [--fresh]
                   java -jar launcher/target/buyonce-launcher.jar watch [topic]
              --fresh   delete the data of earlier runs and start afresh
              watch     print the records of a topic (default contract-renewals) of a running BuyOnce
            Ports: BUYONCE_CONTRACT_PORT (8081), BUYONCE_ASSET_PORT (8082), BUYONCE_ALIGNMENT_PORT (8083),
            BUYONCE_KAFKA_PORT (9092), BUYONCE_KAFKA_CONTROLLER_PORT (9093), BUYONCE_POSTGRES_PORT (5433, embedded),
            BUYONCE_KEYCLOAK_PORT (8180), BUYONCE_KEYCLOAK_MANAGEMENT_PORT (9180), BUYONCE_SMTP_PORT (2525).
            Signing in: Keycloak (needs a Java 21 or later beside this one: under /usr/lib/jvm, or BUYONCE_KEYCLOAK_JAVA_HOME)
            stands in for each council's Entra ID; without one, only the printed tokens work.
            The services listen on 127.0.0.1 only (the printed tokens are an admin's); BUYONCE_BIND_ADDRESS=0.0.0.0
            opens them to the network.
            Database: an embedded PostgreSQL, unless PGHOST/PGPORT/PGUSER/PGPASSWORD name one (as root: the
            machine's PostgreSQL at 127.0.0.1:5432, since PostgreSQL does not run as root).""";

    static Ports fromEnvironment() {
        return new Ports(port("BUYONCE_KAFKA_PORT", 9092), port("BUYONCE_KAFKA_CONTROLLER_PORT", 9093),
                port("BUYONCE_POSTGRES_PORT", 5433), port("BUYONCE_KEYCLOAK_PORT", 8180), port("BUYONCE_KEYCLOAK_MANAGEMENT_PORT", 9180),
                port("BUYONCE_SMTP_PORT", 2525), Map.of("contract-service", port("BUYONCE_CONTRACT_PORT", 8081), "asset-service", port("BUYONCE_ASSET_PORT", 8082),
                        "alignment-service", port("BUYONCE_ALIGNMENT_PORT", 8083)),
                System.getenv().getOrDefault("BUYONCE_BIND_ADDRESS", "127.0.0.1"));
    }

    int service(String name) {
        return services.get(name);
    }

    /** The ports that must be free before a start (an external PostgreSQL's is not ours to check). */
    List<Integer> all() {
        return List.of(kafka, kafkaController, keycloak, keycloakManagement, smtp, service("contract-service"), service("asset-service"),
                service("alignment-service"));
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number, not '" + value + "'");
        }
    }
}
