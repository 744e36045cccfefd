package org.buyonce.testing.system;

import io.restassured.RestAssured;
import org.buyonce.infra.EmbeddedKafkaBroker;
import org.buyonce.infra.EmbeddedMailServer;
import org.buyonce.infra.FreePorts;
import org.buyonce.infra.KeycloakRealms;
import org.buyonce.infra.KeycloakServer;
import org.buyonce.infra.PostgresServer;
import org.buyonce.infra.ServiceProcess;
import org.buyonce.infra.TokenIssuer;
import org.buyonce.testing.AdminTokenByDefault;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole product as packaged, started once for all the tests of a JVM: a real Kafka broker, a fresh PostgreSQL
 * database per service, and each service's {@code quarkus-run.jar} in its own JVM. Tests drive it over HTTP and
 * Kafka only, and may stop the broker or kill a service.
 * <p>
 * System properties: {@code buyonce.root} is the repository's root (where each service's build output is);
 * {@code buyonce.system.name} names the databases ({@code buyonce_<service>_<name>}), so that suites of different
 * modules never share them; {@code buyonce.system.keycloak=true} also starts Keycloak with a realm per council, which
 * the services trust as the councils' issuers (for the sign-in tests in a browser).
 */
public final class BuyOnceSystem {

    static final String COUNCILS = "CAM:Cambridge City Council,HDC:Huntingdonshire District Council,"
            + "SCDC:South Cambridgeshire District Council";
    static final List<String> COUNCIL_CODES = List.of("CAM", "HDC", "SCDC");
    public static final List<String> SERVICES = List.of("contract-service", "asset-service", "alignment-service");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static BuyOnceSystem running;

    private final Path root = Path.of(System.getProperty("buyonce.root", "..")).toAbsolutePath().normalize();
    private final String name = System.getProperty("buyonce.system.name", "system");
    private final PostgresServer postgres = PostgresServer.fromEnvironment();
    private final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts();
    private final TokenIssuer tokens = TokenIssuer.temporary();
    private final OtlpTraceReceiver traces = OtlpTraceReceiver.start();
    private final EmbeddedMailServer mail = new EmbeddedMailServer();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final KeycloakServer keycloak = Boolean.getBoolean("buyonce.system.keycloak")
            ? KeycloakServer.onFreePorts().orElseThrow(() -> new IllegalStateException("no Java " + KeycloakServer.JAVA_VERSION
                    + " or later on this machine for Keycloak: install one beside the default JDK (under /usr/lib/jvm)"))
            : null;

    private BuyOnceSystem() {
    }

    /** The running system, started on first use and stopped when the test JVM ends. REST Assured acts as an admin. */
    public static synchronized BuyOnceSystem get() {
        if (running == null) {
            BuyOnceSystem system = new BuyOnceSystem();
            String admin = system.tokens.token("system-test@buyonce", List.of("admin"), null, Duration.ofHours(3));
            RestAssured.replaceFiltersWith(AdminTokenByDefault.adminUnlessSet(() -> admin));
            Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "system-tests-stop"));
            system.start();
            running = system;
        }
        return running;
    }

    private void start() {
        CompletableFuture<Void> signIn = keycloak == null ? CompletableFuture.completedFuture(null) : CompletableFuture.runAsync(() -> {
            keycloak.start(Path.of("target", "system-logs", "keycloak.log").toAbsolutePath());
            KeycloakRealms.createCouncilRealms(keycloak, COUNCIL_CODES, List.of("*"), 3600);
        });
        broker.start();
        mail.start();
        for (String service : SERVICES) {
            postgres.recreateDatabase(database(service));
            services.put(service, new ServiceProcess(service, root.resolve(service + "/target/quarkus-app/quarkus-run.jar"),
                    FreePorts.one(), Path.of("target", "system-logs", service + ".log").toAbsolutePath()));
        }
        services.values().forEach(this::launch);
        List<CompletableFuture<Void>> ready = services.values().stream()
                .map(service -> CompletableFuture.runAsync(() -> awaitReady(service))).toList();
        ready.forEach(CompletableFuture::join);
        signIn.join();
    }

    public String contracts() {
        return url("contract-service");
    }

    public String alignment() {
        return url("alignment-service");
    }

    public String assets() {
        return url("asset-service");
    }

    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    /** The SMTP server the services send their mail through. */
    public EmbeddedMailServer mail() {
        return mail;
    }

    /**
     * Another process of a service on the same database, Kafka consumer group and broker (a second replica), on a port
     * of its own, ready; the caller stops it.
     */
    public ServiceProcess startReplica(String name) {
        ServiceProcess replica = new ServiceProcess(name, root.resolve(name + "/target/quarkus-app/quarkus-run.jar"), FreePorts.one(),
                Path.of("target", "system-logs", name + "-replica.log").toAbsolutePath());
        launch(replica);
        awaitReady(replica);
        return replica;
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    /** The councils' identity provider, where {@code buyonce.system.keycloak} asked for it. */
    public KeycloakServer keycloak() {
        if (keycloak == null) {
            throw new IllegalStateException("this system runs without Keycloak; set buyonce.system.keycloak=true");
        }
        return keycloak;
    }

    /** The spans the services have exported (they trace everything, as in production, and export here). */
    public OtlpTraceReceiver traces() {
        return traces;
    }

    public ServiceProcess service(String name) {
        return services.get(name);
    }

    /** Kills the service (SIGKILL), as a crash would: nothing it had not committed survives. */
    public void kill(String name) throws InterruptedException {
        services.get(name).kill();
    }

    /** Stops the service cleanly (SIGTERM). */
    public void stop(String name) {
        services.get(name).stop(Duration.ofSeconds(30));
    }

    /** Starts a stopped or killed service again, on the same port and database, and waits until it is ready. */
    public void start(String name) {
        ServiceProcess service = services.get(name);
        launch(service);
        awaitReady(service);
    }

    /** Empties the service's database; the service must be stopped. */
    public void emptyDatabase(String name) {
        postgres.recreateDatabase(database(name));
    }

    /** The service's base URL, e.g. {@code http://localhost:41234}. */
    public String url(String service) {
        return services.get(service).url("");
    }

    private void launch(ServiceProcess service) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database(service.name())));
        environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        environment.put("BUYONCE_COUNCILS", COUNCILS);
        environment.put("BUYONCE_OUTBOX_SEND_TIMEOUT", "PT3S");
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKey().toString());
        environment.put("MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER);
        if (keycloak != null) {
            environment.putAll(KeycloakRealms.serviceEnvironment(keycloak, COUNCIL_CODES));
        }
        environment.put("OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint());
        environment.put("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        environment.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "PT0.2S");
        // Short enough for a test to see the outbox health check turn DOWN while the broker is away.
        environment.put("BUYONCE_OUTBOX_MAX_AGE", "PT5S");
        environment.put("BUYONCE_HEALTH_KAFKA_INTERVAL", "PT1S");
        environment.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        environment.put("QUARKUS_MAILER_PORT", String.valueOf(mail.port()));
        environment.put("BUYONCE_COUNCIL_MAILBOXES", "CAM:procurement@cam.buyonce.test");
        // Owners are reminded every second here, so that two replicas race for each reminder many times.
        environment.put("BUYONCE_REMINDERS_FIRST_AFTER", "PT1S");
        environment.put("BUYONCE_REMINDERS_EVERY", "PT1S");
        try {
            service.start(environment, List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + service.name(), e);
        }
    }

    private static void awaitReady(ServiceProcess service) {
        try {
            if (!service.awaitReady(START_TIMEOUT)) {
                throw new IllegalStateException(service.name() + " did not become ready; see " + service.log());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized void stop() {
        services.values().forEach(service -> service.stop(Duration.ofSeconds(20)));
        broker.stop();
        if (keycloak != null) {
            keycloak.close();
        }
        traces.close();
        mail.stop();
    }

    private String database(String service) {
        return "buyonce_" + service.replace("-service", "") + "_" + name;
    }
}
