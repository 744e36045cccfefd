package org.buyonce.launcher;

import org.buyonce.infra.EmbeddedKafkaBroker;
import org.buyonce.infra.EmbeddedMailServer;
import org.buyonce.infra.PostgresServer;
import org.buyonce.infra.ServiceProcess;
import org.buyonce.infra.TokenIssuer;

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
 * The embedded default: starts a real single-node Kafka broker, a database, and the three services as packaged,
 * loads the demo partnership if there is no data yet, and prints where everything is. Ctrl-C stops it all; the data
 * stays for the next run unless {@code --fresh} is given.
 */
public final class Launcher {

    static final String COUNCILS = "CAM:Cambridge City Council,HDC:Huntingdonshire District Council,"
            + "SCDC:South Cambridgeshire District Council";
    /** Each demo council's procurement mailbox, for the weekly digest. */
    static final String MAILBOXES = "CAM:procurement@cam.buyonce.test,HDC:procurement@hdc.buyonce.test,"
            + "SCDC:procurement@scdc.buyonce.test";
    static final List<String> TOPICS = List.of("contract-renewals", "asset-lifecycle", "capabilities");

    /** The launcher runs from the repository's root, where each service's build output is. */
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final List<String> SERVICES = List.of("contract-service", "asset-service", "alignment-service");
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private final Path home;
    private final boolean fresh;
    private final Ports ports = Ports.fromEnvironment();
    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedKafkaBroker broker;
    private EmbeddedMailServer mail;
    private Database database;
    private CouncilSignIn signIn;
    private volatile boolean stopping;

    private Launcher(Path home, boolean fresh) {
        this.home = home;
        this.fresh = fresh;
    }

    public static void main(String[] args) throws Exception {
        // The in-process broker logs through the JBoss LogManager, as Quarkus does; only warnings reach the console.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        java.util.logging.Logger.getLogger("").setLevel(Level.WARNING);
        java.util.logging.Logger.getLogger("org.apache.kafka").setLevel(Level.SEVERE); // start/stop chatter of the broker
        Command command;
        try {
            command = Command.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("BuyOnce: " + e.getMessage() + "\n");
            System.err.println(Ports.HELP);
            System.exit(2);
            return;
        }
        if (command.kind() == Command.Kind.HELP) {
            System.out.println(Ports.HELP);
            return;
        }
        if (command.kind() == Command.Kind.WATCH) {
            System.exit(TopicWatcher.watch("127.0.0.1:" + Ports.fromEnvironment().kafka(), command.topic()));
        }
        boolean fresh = command.kind() == Command.Kind.RUN_FRESH;
        Launcher launcher = new Launcher(Path.of(System.getenv().getOrDefault("BUYONCE_HOME", ".buyonce")).toAbsolutePath(), fresh);
        if (fresh) {
            launcher.deleteData();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "buyonce-stop"));
        int exit;
        try {
            exit = launcher.run();
        } catch (IOException e) {
            exit = fail(e.getMessage());
        }
        System.exit(exit);
    }

    private int run() throws Exception {
        String problem = whatPreventsAStart();
        if (problem != null) {
            return fail(problem);
        }
        signIn = CouncilSignIn.prepare(ports);
        startDatabase();
        startBroker();
        startMail();
        TokenIssuer tokens = TokenIssuer.inDirectory(home.resolve("keys"));
        startServices(tokens, signIn.serviceEnvironment());
        for (ServiceProcess service : services) {
            if (!service.awaitReady(Duration.ofMinutes(2))) {
                return fail(service.name() + " did not become ready within 2 minutes; see " + service.log());
            }
            Progress.say(service.name() + " is ready");
        }
        signIn.start(home.resolve("logs").resolve("keycloak.log"), SERVICES.stream().map(this::url).toList());
        ReadyTokens ready = ReadyTokens.issue(tokens, TOKEN_LIFETIME, home.resolve("tokens.txt"));
        DemoPartnership demo = new DemoPartnership(url("contract-service"), url("asset-service"), url("alignment-service"), ready.admin());
        if (demo.isEmpty()) {
            Progress.say("loading the demo partnership through the services' APIs ...");
            Progress.say(demo.load());
        }
        printWhereEverythingIs(demo.dashboardLink(home.resolve("dashboard-link.txt")));
        ready.print(System.out);
        System.out.println();
        signIn.printHowToSignIn(url("alignment-service"), System.out);
        return superviseUntilStopped();
    }

    /** A port in use or a service not built, said in one line; null when everything is in place. */
    private String whatPreventsAStart() {
        for (int port : ports.all()) {
            if (!isFree(port)) {
                return "port " + port + " is in use; stop what uses it or choose another port (see --help)";
            }
        }
        for (String name : SERVICES) {
            if (!Files.exists(jar(name))) {
                return name + " is not built; run: mvn -q install -DskipTests";
            }
        }
        return null;
    }

    private void startDatabase() throws IOException {
        database = Database.choose(home, ports.postgres());
        Progress.say("data in " + database.description());
        for (String name : SERVICES) {
            if (fresh) {
                database.server().recreateDatabase(databaseName(name)); // a server outside .buyonce/, which --fresh has not emptied
            } else {
                database.server().createDatabaseIfMissing(databaseName(name));
            }
        }
    }

    private void startBroker() {
        Progress.say("starting a Kafka broker on port " + ports.kafka() + " ...");
        broker = new EmbeddedKafkaBroker(home.resolve("kafka"), ports.kafka(), ports.kafkaController()).start();
        broker.createCompactedTopics(TOPICS.toArray(String[]::new));
    }

    /**
     * A local SMTP server that takes every message (the reminders by email), each written to .buyonce/mail as an .eml
     * file any mail client opens.
     */
    private void startMail() {
        mail = new EmbeddedMailServer(ports.smtp()).start();
        Path folder = home.resolve("mail");
        Thread saver = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    mail.saveNewTo(folder);
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    System.err.println("BuyOnce: could not save the mail received: " + e.getMessage());
                }
            }
        }, "buyonce-mail");
        saver.setDaemon(true);
        saver.start();
    }

    private void startServices(TokenIssuer tokens, Map<String, String> signIn) throws IOException {
        PostgresServer postgres = database.server();
        for (String name : SERVICES) {
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("QUARKUS_HTTP_HOST", ports.bindAddress());
            environment.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            environment.put("BUYONCE_COUNCILS", System.getenv().getOrDefault("BUYONCE_COUNCILS", COUNCILS));
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(databaseName(name)));
            environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
            environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
            environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKey().toString());
            environment.put("MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER);
            environment.putAll(signIn);
            environment.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            environment.put("QUARKUS_MAILER_PORT", String.valueOf(ports.smtp()));
            environment.put("BUYONCE_COUNCIL_MAILBOXES", System.getenv().getOrDefault("BUYONCE_COUNCIL_MAILBOXES", MAILBOXES));
            // Readable logs; traces only if an OTLP collector is named (OTEL_EXPORTER_OTLP_ENDPOINT, see ServiceProcess).
            environment.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
            ServiceProcess service = new ServiceProcess(name, jar(name), ports.service(name), home.resolve("logs").resolve(name + ".log"));
            Progress.say("starting " + name + " on port " + service.port() + " ...");
            service.start(environment);
            services.add(service);
        }
    }

    private void printWhereEverythingIs(String dashboard) {
        String contracts = url("contract-service");
        String assets = url("asset-service");
        String alignment = url("alignment-service");
        System.out.println();
        System.out.println("BuyOnce is running (Ctrl-C stops it; " + database.whereDataIs(databaseNames()) + ")");
        System.out.println("  dashboard          " + dashboard + "   (a link that needs no token: send it to a councillor)");
        System.out.println("  contract-service   " + contracts + "/q/swagger-ui");
        System.out.println("  asset-service      " + assets + "/q/swagger-ui");
        System.out.println("  alignment-service  " + alignment + "/q/swagger-ui");
        System.out.println("  contracts          " + contracts + "/contracts");
        System.out.println("  deadlines          " + contracts + "/contracts/deadlines     (calendar: /contracts/deadlines.ics)");
        System.out.println("  risk register      " + assets + "/risks");
        System.out.println("  opportunities      " + alignment + "/opportunities");
        System.out.println("                     " + alignment + "/opportunities?maxBridgeMonths=3   (a stricter policy: cannot-reach cases)");
        System.out.println("  programme          " + alignment + "/programme");
        System.out.println("  Kafka              " + broker.bootstrapServers() + "  (data in " + broker.dataDir()
                + "; watch a topic: java -jar launcher/target/buyonce-launcher.jar watch)");
        System.out.println("  logs               " + home.resolve("logs"));
        System.out.println("  mail               " + home.resolve("mail") + "   (what the reminders sent, one .eml each; SMTP at 127.0.0.1:"
                + ports.smtp() + ")");
        System.out.println();
    }

    /** Waits while every service runs; a service that stops on its own ends the launcher with an error. */
    private int superviseUntilStopped() throws InterruptedException {
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

    private synchronized void stop() {
        stopping = true;
        services.parallelStream().forEach(service -> service.stop(Duration.ofSeconds(20)));
        services.clear();
        if (broker != null) {
            broker.stop();
            broker = null;
        }
        if (mail != null) {
            mail.stop();
            mail = null;
        }
        if (signIn != null) {
            signIn.close();
            signIn = null;
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                System.err.println("BuyOnce: the embedded database did not stop cleanly: " + e.getMessage());
            }
            database = null;
            Progress.say("stopped.");
        }
    }

    private String url(String service) {
        return services.stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().url("");
    }

    private static String databaseName(String service) {
        return "buyonce_" + service.replace("-service", "");
    }

    private static List<String> databaseNames() {
        return SERVICES.stream().map(Launcher::databaseName).toList();
    }

    private static Path jar(String service) {
        return ROOT.resolve(service + "/target/quarkus-app/quarkus-run.jar");
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
        Progress.say("deleted the data of earlier runs (" + home + ")");
    }

    private static int fail(String message) {
        System.err.println("BuyOnce: " + message);
        return 1;
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
