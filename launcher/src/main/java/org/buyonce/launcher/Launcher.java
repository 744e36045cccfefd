package org.buyonce.launcher;

import org.buyonce.infra.EmbeddedKafkaBroker;
import org.buyonce.infra.PostgresServer;
import org.buyonce.infra.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * The embedded default: starts a real single-node Kafka broker and the services, as packaged, against the machine's
 * PostgreSQL, waits until they are ready and prints where they are. Ctrl-C stops everything; data stays in
 * {@code .buyonce/} for the next run unless {@code --fresh} is given.
 */
public final class Launcher {

    static final String COUNCILS = "CAM:Cambridge City Council,HDC:Huntingdonshire District Council,"
            + "SCDC:South Cambridgeshire District Council";

    /** The launcher runs from the repository's root, where each service's build output is. */
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private final Path home;
    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedKafkaBroker broker;
    private volatile boolean stopping;

    private Launcher(Path home) {
        this.home = home;
    }

    public static void main(String[] args) throws Exception {
        // The in-process broker logs through the JBoss LogManager, as Quarkus does; only warnings reach the console.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        java.util.logging.Logger.getLogger("").setLevel(Level.WARNING);
        java.util.logging.Logger.getLogger("org.apache.kafka").setLevel(Level.SEVERE); // start/stop chatter of the broker
        List<String> arguments = List.of(args);
        if (arguments.contains("--help")) {
            System.out.println("""
                    Usage: java -jar launcher/target/buyonce-launcher.jar [--fresh]
                           java -jar launcher/target/buyonce-launcher.jar watch [topic]
                      --fresh   delete the data of earlier runs (.buyonce/) and start afresh
                      watch     print the records of a topic (default contract-renewals) of a running BuyOnce
                    Ports: BUYONCE_KAFKA_PORT (9092), BUYONCE_KAFKA_CONTROLLER_PORT (9093), BUYONCE_CONTRACT_PORT (8081),
                    BUYONCE_ASSET_PORT (8082), BUYONCE_ALIGNMENT_PORT (8083).
                    PostgreSQL: PGHOST, PGPORT, PGUSER, PGPASSWORD (127.0.0.1, 5432, postgres, none).""");
            return;
        }
        if (!arguments.isEmpty() && arguments.get(0).equals("watch")) {
            TopicWatcher.watch("127.0.0.1:" + port("BUYONCE_KAFKA_PORT", 9092),
                    arguments.size() > 1 ? arguments.get(1) : "contract-renewals");
            return;
        }
        Launcher launcher = new Launcher(Path.of(System.getenv().getOrDefault("BUYONCE_HOME", ".buyonce")).toAbsolutePath());
        if (arguments.contains("--fresh")) {
            launcher.deleteData();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "buyonce-stop"));
        System.exit(launcher.run());
    }

    private int run() throws Exception {
        int kafkaPort = port("BUYONCE_KAFKA_PORT", 9092);
        int controllerPort = port("BUYONCE_KAFKA_CONTROLLER_PORT", 9093);
        List<ServiceProcess> planned = List.of(
                service("contract-service", port("BUYONCE_CONTRACT_PORT", 8081)),
                service("asset-service", port("BUYONCE_ASSET_PORT", 8082)),
                service("alignment-service", port("BUYONCE_ALIGNMENT_PORT", 8083)));
        List<Integer> ports = new ArrayList<>(List.of(kafkaPort, controllerPort));
        planned.forEach(service -> ports.add(service.port()));
        for (int port : ports) {
            if (!isFree(port)) {
                return fail("port " + port + " is in use; stop what uses it or choose another port (see --help)");
            }
        }
        for (ServiceProcess service : planned) {
            if (!Files.exists(ROOT.resolve(service.name() + "/target/quarkus-app/quarkus-run.jar"))) {
                return fail(service.name() + " is not built; run: mvn -q install -DskipTests");
            }
        }
        PostgresServer postgres = PostgresServer.fromEnvironment();
        if (!postgres.isReachable()) {
            return fail("PostgreSQL is not reachable at " + postgres.host() + ":" + postgres.port() + " as " + postgres.user()
                    + "; start it, or point PGHOST/PGPORT/PGUSER/PGPASSWORD at one");
        }

        System.out.println("BuyOnce: starting a Kafka broker on port " + kafkaPort + " ...");
        broker = new EmbeddedKafkaBroker(home.resolve("kafka"), kafkaPort, controllerPort).start();
        broker.createCompactedTopics("contract-renewals", "asset-lifecycle", "capabilities");

        for (ServiceProcess service : planned) {
            String database = "buyonce_" + service.name().replace("-service", "");
            postgres.createDatabaseIfMissing(database);
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            environment.put("BUYONCE_COUNCILS", System.getenv().getOrDefault("BUYONCE_COUNCILS", COUNCILS));
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
            environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
            environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
            System.out.println("BuyOnce: starting " + service.name() + " on port " + service.port() + " ...");
            service.start(environment);
            services.add(service);
        }
        for (ServiceProcess service : services) {
            if (!service.awaitReady(Duration.ofMinutes(2))) {
                return fail(service.name() + " did not become ready; see " + service.log());
            }
        }

        ServiceProcess contracts = planned.get(0);
        ServiceProcess assets = planned.get(1);
        ServiceProcess alignment = planned.get(2);
        System.out.println();
        System.out.println("BuyOnce is running (Ctrl-C stops it; data is kept in " + home + ")");
        System.out.println("  contract-service   " + contracts.url("/q/swagger-ui"));
        System.out.println("  asset-service      " + assets.url("/q/swagger-ui"));
        System.out.println("  alignment-service  " + alignment.url("/q/swagger-ui"));
        System.out.println("  contracts          " + contracts.url("/contracts"));
        System.out.println("  deadlines          " + contracts.url("/contracts/deadlines"));
        System.out.println("  risk register      " + assets.url("/risks"));
        System.out.println("  opportunities      " + alignment.url("/opportunities"));
        System.out.println("  programme          " + alignment.url("/programme"));
        System.out.println("  Kafka              " + broker.bootstrapServers() + "  (watch a topic: java -jar launcher/target/buyonce-launcher.jar watch)");
        System.out.println("  logs               " + home.resolve("logs"));

        while (true) {
            for (ServiceProcess service : services) {
                if (!service.isAlive()) {
                    if (stopping) {
                        return 0;
                    }
                    return fail(service.name() + " stopped unexpectedly (exit " + service.process().exitValue() + "); see " + service.log());
                }
            }
            Thread.sleep(500);
        }
    }

    private ServiceProcess service(String name, int port) {
        return new ServiceProcess(name, ROOT.resolve(name + "/target/quarkus-app/quarkus-run.jar"), port,
                home.resolve("logs").resolve(name + ".log"));
    }

    private synchronized void stop() {
        stopping = true;
        for (ServiceProcess service : services) {
            service.stop(Duration.ofSeconds(20));
        }
        services.clear();
        if (broker != null) {
            broker.stop();
            broker = null;
            System.out.println("BuyOnce: stopped.");
        }
    }

    private void deleteData() throws IOException {
        if (!Files.exists(home)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        System.out.println("BuyOnce: deleted the data of earlier runs (" + home + ")");
    }

    private static int fail(String message) {
        System.err.println("BuyOnce: " + message);
        return 1;
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

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
