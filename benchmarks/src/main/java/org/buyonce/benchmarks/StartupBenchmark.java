package org.buyonce.benchmarks;

import org.buyonce.infra.EmbeddedKafkaBroker;
import org.buyonce.infra.FreePorts;
import org.buyonce.infra.PostgresServer;
import org.buyonce.infra.ServiceProcess;
import org.buyonce.infra.TokenIssuer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Start-up and memory target (DESIGN.md, issue 17): each service ready within 1.3x of a bare Quarkus app with the same
 * extensions, and its RSS idle and after load within 1.2x of that app's, under the same {@code -Xmx}. The reference is
 * {@code benchmarks/reference-full-app}: the read-path reference's code (one entity read by id) built with every
 * extension a service has, so what differs is BuyOnce's own work. Each round starts every app afresh, one after the
 * other (reference, contract-, asset-, alignment-service): time to ready, RSS five seconds later (idle), then wrk on its
 * read path and RSS after it.
 */
public final class StartupBenchmark {

    private static final List<String> JVM = List.of("-Xmx512m");
    private static final Duration SETTLE = Duration.ofSeconds(5);

    /** One app as measured: how to start it, and what its load reads. */
    private record App(String name, Path jar, Map<String, String> environment, List<String> paths) {
    }

    /** One start of one app. */
    private record Sample(double readyMillis, double idleMb, double loadedMb, double requestsPerSecond) {
    }

    public static void main(String[] args) throws Exception {
        Machine.quietLogging();
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Duration load = Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 15);
        Path root = Path.of(System.getProperty("buyonce.root", ".")).toAbsolutePath().normalize();
        PostgresServer postgres = PostgresServer.fromEnvironment();
        for (String database : List.of("contract", "asset", "alignment", "reference")) {
            postgres.recreateDatabase("buyonce_" + database + "_startup");
        }
        TokenIssuer tokens = TokenIssuer.temporary();
        String admin = tokens.token("benchmark@buyonce", List.of("admin"), null, Duration.ofHours(2));
        String viewer = tokens.token("viewer@buyonce", List.of("viewer"), null, Duration.ofHours(2));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            Map<String, App> apps = new LinkedHashMap<>();
            for (String name : List.of("reference-full-app", "contract-service", "asset-service", "alignment-service")) {
                String database = "buyonce_" + (name.startsWith("reference") ? "reference" : name.replace("-service", "")) + "_startup";
                Map<String, String> environment = new LinkedHashMap<>(Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database), "QUARKUS_DATASOURCE_USERNAME", postgres.user(),
                        "QUARKUS_DATASOURCE_PASSWORD", postgres.password(), "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                        "BUYONCE_COUNCILS", ContractSeeds.COUNCILS, "MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKey().toString(),
                        "MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER));
                Path jar = name.startsWith("reference") ? root.resolve("benchmarks/reference-full-app/target/quarkus-app/quarkus-run.jar")
                        : root.resolve(name + "/target/quarkus-app/quarkus-run.jar");
                apps.put(name, new App(name, jar, environment, List.of()));
            }
            Map<String, List<String>> paths = seed(apps, root, postgres, admin, rows);
            List<App> measured = apps.values().stream().map(a -> new App(a.name(), a.jar(), a.environment(), paths.get(a.name()))).toList();

            Map<String, List<Sample>> samples = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (App app : measured) {
                    samples.computeIfAbsent(app.name(), n -> new ArrayList<>()).add(measure(app, root, viewer, load));
                }
            }
            report(rows, rounds, load, samples);
        }
    }

    /** Starts, lets settle, loads and stops one app. */
    private static Sample measure(App app, Path root, String token, Duration load) throws Exception {
        ServiceProcess process = process(app, root);
        long start = System.nanoTime();
        process.start(app.environment(), JVM);
        try {
            if (!process.awaitReady(Duration.ofMinutes(2))) {
                throw new IllegalStateException(app.name() + " did not start; see " + process.log());
            }
            double ready = (System.nanoTime() - start) / 1e6;
            Thread.sleep(SETTLE.toMillis());
            double idle = Machine.rssKb(process.process().pid()) / 1024.0;
            Wrk.Result result = Wrk.run(process.url(""), app.paths(), token, load);
            if (result.non2xx() > 0) {
                throw new IllegalStateException(app.name() + ": " + result.non2xx() + " responses not 2xx");
            }
            double loaded = Machine.rssKb(process.process().pid()) / 1024.0;
            return new Sample(ready, idle, loaded, result.requestsPerSecond());
        } finally {
            process.stop(Duration.ofSeconds(20));
        }
    }

    private static ServiceProcess process(App app, Path root) throws Exception {
        return new ServiceProcess(app.name(), app.jar(), FreePorts.one(), root.resolve("benchmarks/target/" + app.name() + "-startup.log"));
    }

    /**
     * Gives every app its rows, through the services as their users would (contracts recorded, then projected into
     * alignment-service; an asset register imported); the reference's directly. Answers each app's read paths.
     */
    private static Map<String, List<String>> seed(Map<String, App> apps, Path root, PostgresServer postgres, String admin, int rows)
            throws Exception {
        Map<String, ServiceProcess> running = new LinkedHashMap<>();
        try {
            for (App app : apps.values()) {
                ServiceProcess process = process(app, root);
                process.start(app.environment(), JVM);
                running.put(app.name(), process);
            }
            for (ServiceProcess process : running.values()) {
                if (!process.awaitReady(Duration.ofMinutes(2))) {
                    throw new IllegalStateException(process.name() + " did not start; see " + process.log());
                }
            }
            ServiceProcess contracts = running.get("contract-service");
            List<String> capabilities = ContractSeeds.capabilities(contracts, admin);
            List<String> contractIds = ContractSeeds.record(contracts, admin, capabilities, rows);
            ContractSeeds.awaitProjected(running.get("alignment-service"), rows);
            importAssets(running.get("asset-service"), admin, rows);
            Map<String, List<String>> paths = new LinkedHashMap<>();
            paths.put("reference-full-app", prefixed("/items/", ContractSeeds.items(postgres, "buyonce_reference_startup", rows)));
            paths.put("contract-service", prefixed("/contracts/", contractIds));
            paths.put("asset-service", prefixed("/assets/", ids(postgres, "buyonce_asset_startup", "asset")));
            paths.put("alignment-service", prefixed("/opportunities/", capabilities));
            return paths;
        } finally {
            for (ServiceProcess process : running.values()) {
                process.stop(Duration.ofSeconds(20));
            }
        }
    }

    private static void importAssets(ServiceProcess assets, String admin, int rows) throws Exception {
        StringBuilder csv = new StringBuilder("tag,name,type,capability,councils,site,responsibleParty,criticality,monitored,"
                + "purchaseDate,warrantyEnd,endOfSupport,status,supportingContractId\n");
        IntStream.range(0, rows).forEach(n -> csv.append("BENCH-").append(n).append(",Desktop ").append(n).append(",DESKTOP,,")
                .append(ContractSeeds.COUNCIL_CODES[n % 3]).append(",Pathfinder House,3C ICT,NORMAL,yes,2022-01-10,2025-01-10,2028-01-10,IN_USE,\n"));
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(assets.url("/assets/import"))).header("Content-Type", "text/csv")
                        .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the asset import answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static List<String> ids(PostgresServer postgres, String database, String table) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password());
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT id FROM " + table)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static List<String> prefixed(String prefix, List<String> ids) {
        return ids.stream().map(id -> prefix + id).toList();
    }

    private static void report(int rows, int rounds, Duration load, Map<String, List<Sample>> samples) throws Exception {
        System.out.printf("start-up benchmark: %d rows each, %d rounds (every app started afresh each round), idle = %d s after ready, "
                + "load = wrk -t2 -c32 -d%ds, -Xmx512m, Java %s, load %s%n", rows, rounds, SETTLE.toSeconds(), load.toSeconds(),
                System.getProperty("java.version"), Machine.loadAverage());
        System.out.printf("%-20s %22s %8s %20s %8s %20s %8s %8s%n", "app", "ready ms per run", "median", "RSS idle MB", "median",
                "RSS after load MB", "median", "req/s");
        Map<String, double[]> medians = new LinkedHashMap<>();
        for (Map.Entry<String, List<Sample>> app : samples.entrySet()) {
            List<Sample> runs = app.getValue();
            double[] median = {median(runs, Sample::readyMillis), median(runs, Sample::idleMb), median(runs, Sample::loadedMb),
                median(runs, Sample::requestsPerSecond)};
            medians.put(app.getKey(), median);
            System.out.printf("%-20s %22s %8.0f %20s %8.0f %20s %8.0f %8.0f%n", app.getKey(), runs(runs, Sample::readyMillis),
                    median[0], runs(runs, Sample::idleMb), median[1], runs(runs, Sample::loadedMb), median[2], median[3]);
        }
        double[] reference = medians.get("reference-full-app");
        for (Map.Entry<String, double[]> app : medians.entrySet()) {
            if (app.getKey().startsWith("reference")) {
                continue;
            }
            double[] m = app.getValue();
            System.out.printf("ratio %s / reference: ready %.2f (target <= 1.3), RSS idle %.2f, after load %.2f (targets <= 1.2)%n",
                    app.getKey(), m[0] / reference[0], m[1] / reference[1], m[2] / reference[2]);
        }
    }

    private static double median(List<Sample> runs, ToDoubleFunction<Sample> value) {
        return Latencies.of(runs.stream().mapToDouble(value).toArray()).median();
    }

    private static String runs(List<Sample> runs, ToDoubleFunction<Sample> value) {
        return String.join(" ", runs.stream().map(s -> String.format("%.0f", value.applyAsDouble(s))).toList());
    }
}
