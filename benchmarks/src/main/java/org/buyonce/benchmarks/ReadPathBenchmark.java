package org.buyonce.benchmarks;

import org.buyonce.infra.EmbeddedKafkaBroker;
import org.buyonce.infra.FreePorts;
import org.buyonce.infra.KeycloakRealms;
import org.buyonce.infra.KeycloakServer;
import org.buyonce.infra.PostgresServer;
import org.buyonce.infra.ServiceProcess;
import org.buyonce.infra.TokenIssuer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read path target (DESIGN.md, issue 17): GET /contracts/{id} with its bearer token against the reference app
 * (benchmarks/reference-app: bare Quarkus REST + Panache + SmallRye JWT) reading one row of the same shape, with and
 * without its token; and the list GET /contracts?council=..&size=20 against the single read. 1,000 rows each, the
 * same PostgreSQL, -Xmx512m, wrk -t2 -c32; two 15 s warm-up passes first, then the targets in turn (A B C D A B C D ...), so that a
 * change in the machine's load touches every target alike. Reports each run, the medians and the ratios.
 */
public final class ReadPathBenchmark {

    private static final String[] COUNCIL_CODES = ContractSeeds.COUNCIL_CODES;

    private record Target(String name, ServiceProcess service, List<String> paths, String token) {
    }

    public static void main(String[] args) throws Exception {
        Machine.quietLogging();
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Duration duration = Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 20);
        Path root = Path.of(System.getProperty("buyonce.root", ".")).toAbsolutePath().normalize();
        PostgresServer postgres = PostgresServer.fromEnvironment();
        postgres.recreateDatabase("buyonce_contract_benchmark");
        postgres.recreateDatabase("buyonce_reference_benchmark");
        postgres.recreateDatabase("buyonce_alignment_benchmark");
        TokenIssuer tokens = TokenIssuer.temporary();
        String admin = tokens.token("benchmark@buyonce", List.of("admin"), null, Duration.ofHours(2));
        String viewer = tokens.token("viewer@buyonce", List.of("viewer"), null, Duration.ofHours(2));
        Map<String, String> jwt = Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKey().toString(),
                "MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER);
        List<String> jvm = List.of("-Xmx512m");
        // Sign-in must cost nothing on the read path: the same read with a token of an OpenID Connect provider (Keycloak,
        // where this machine has the Java 21 it needs), verified with the provider's keys the service keeps.
        Optional<KeycloakServer> provider = KeycloakServer.onFreePorts();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start();
                AutoCloseable stopProvider = () -> provider.ifPresent(KeycloakServer::close)) {
            String providerToken = null;
            Map<String, String> signIn = Map.of();
            if (provider.isPresent()) {
                provider.get().start(root.resolve("benchmarks/target/keycloak-read-path.log"));
                KeycloakRealms.createCouncilRealms(provider.get(), List.of("CAM"), List.of("*"), 7200);
                signIn = KeycloakRealms.serviceEnvironment(provider.get(), List.of("CAM"));
                providerToken = provider.get().accessToken("cam", KeycloakRealms.CLIENT_ID, "viewer@" + KeycloakRealms.domain("cam"), "viewer");
            }
            ServiceProcess contracts = new ServiceProcess("contract-service", root.resolve("contract-service/target/quarkus-app/quarkus-run.jar"),
                    FreePorts.one(), root.resolve("benchmarks/target/contract-service-read-path.log"));
            ServiceProcess alignment = new ServiceProcess("alignment-service", root.resolve("alignment-service/target/quarkus-app/quarkus-run.jar"),
                    FreePorts.one(), root.resolve("benchmarks/target/alignment-service-read-path.log"));
            ServiceProcess reference = new ServiceProcess("reference-app", root.resolve("benchmarks/reference-app/target/quarkus-app/quarkus-run.jar"),
                    FreePorts.one(), root.resolve("benchmarks/target/reference-app-read-path.log"));
            Map<String, String> contractEnvironment = new LinkedHashMap<>(jwt);
            contractEnvironment.putAll(Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("buyonce_contract_benchmark"),
                    "QUARKUS_DATASOURCE_USERNAME", postgres.user(), "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(), "BUYONCE_COUNCILS", ContractSeeds.COUNCILS));
            contractEnvironment.putAll(signIn);
            Map<String, String> alignmentEnvironment = new LinkedHashMap<>(contractEnvironment);
            alignmentEnvironment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("buyonce_alignment_benchmark"));
            Map<String, String> referenceEnvironment = new LinkedHashMap<>(jwt);
            referenceEnvironment.putAll(Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("buyonce_reference_benchmark"),
                    "QUARKUS_DATASOURCE_USERNAME", postgres.user(), "QUARKUS_DATASOURCE_PASSWORD", postgres.password()));
            try {
                long contractStart = start(contracts, contractEnvironment, jvm);
                long referenceStart = start(reference, referenceEnvironment, jvm);
                start(alignment, alignmentEnvironment, jvm);
                List<String> capabilities = ContractSeeds.capabilities(contracts, admin);
                List<String> contractIds = ContractSeeds.record(contracts, admin, capabilities, rows);
                ContractSeeds.awaitProjected(alignment, rows);
                List<String> itemIds = ContractSeeds.items(postgres, "buyonce_reference_benchmark", rows);
                long contractIdle = Machine.rssKb(contracts.process().pid());
                long referenceIdle = Machine.rssKb(reference.process().pid());

                List<Target> targets = new ArrayList<>(List.of(
                        new Target("contract-service GET /contracts/{id} (token)", contracts, paths("/contracts/", contractIds), viewer),
                        new Target("reference GET /items/{id} (token)", reference, paths("/items/", itemIds), viewer),
                        new Target("reference GET /open/items/{id} (no auth)", reference, paths("/open/items/", itemIds), null),
                        new Target("contract-service GET /contracts?council=..&size=20 (token)", contracts,
                                Arrays.stream(COUNCIL_CODES).map(c -> "/contracts?council=" + c + "&size=20").toList(), viewer),
                        new Target("alignment-service GET /opportunities/{capability} (token)", alignment,
                                paths("/opportunities/", capabilities), viewer),
                        new Target("alignment-service GET /opportunities?size=20 (token)", alignment, List.of("/opportunities?size=20"), viewer)));
                if (providerToken != null) {
                    targets.add(new Target("contract-service GET /contracts/{id} (Keycloak token)", contracts,
                            paths("/contracts/", contractIds), providerToken));
                }
                Map<Target, Integer> sizes = new LinkedHashMap<>();
                for (Target target : targets) {
                    sizes.put(target, bodyBytes(target));
                }
                for (int pass = 0; pass < 2; pass++) { // warm-up: until the JIT has compiled every path
                    for (Target target : targets) {
                        Wrk.run(target.service().url(""), target.paths(), target.token(), Duration.ofSeconds(15));
                    }
                }
                // -Dbenchmark.jfr=true records contract-service with Flight Recorder during the measured runs: where the time goes.
                Path recording = root.resolve("benchmarks/target/contract-service-reads.jfr");
                if (Boolean.getBoolean("benchmark.jfr")) {
                    Machine.jcmd(contracts.process().pid(), "JFR.start", "name=reads", "settings=profile");
                }
                Map<Target, List<Wrk.Result>> results = new LinkedHashMap<>();
                for (int round = 0; round < rounds; round++) {
                    for (Target target : targets) {
                        Wrk.Result result = Wrk.run(target.service().url(""), target.paths(), target.token(), duration);
                        if (result.non2xx() > 0) {
                            throw new IllegalStateException(target.name() + ": " + result.non2xx() + " responses not 2xx");
                        }
                        results.computeIfAbsent(target, t -> new ArrayList<>()).add(result);
                    }
                }
                if (Boolean.getBoolean("benchmark.jfr")) {
                    Machine.jcmd(contracts.process().pid(), "JFR.stop", "name=reads", "filename=" + recording);
                }
                report(rows, rounds, duration, targets, sizes, results, contractStart, referenceStart, contractIdle, referenceIdle,
                        Machine.rssKb(contracts.process().pid()), Machine.rssKb(reference.process().pid()));
            } finally {
                contracts.stop(Duration.ofSeconds(20));
                alignment.stop(Duration.ofSeconds(20));
                reference.stop(Duration.ofSeconds(20));
            }
        }
    }

    private static long start(ServiceProcess service, Map<String, String> environment, List<String> jvm) throws Exception {
        long start = System.nanoTime();
        service.start(environment, jvm);
        if (!service.awaitReady(Duration.ofMinutes(2))) {
            throw new IllegalStateException(service.name() + " did not start; see " + service.log());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The size of the first response of a target: what each of its requests carries. */
    private static int bodyBytes(Target target) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.service().url(target.paths().get(0))));
        if (target.token() != null) {
            request.header("Authorization", "Bearer " + target.token());
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(target.name() + ": " + response.statusCode());
        }
        return response.body().length;
    }

    private static List<String> paths(String prefix, List<String> ids) {
        return ids.stream().map(id -> prefix + id).toList();
    }

    private static void report(int rows, int rounds, Duration duration, List<Target> targets, Map<Target, Integer> sizes,
            Map<Target, List<Wrk.Result>> results,
            long contractStart, long referenceStart, long contractIdle, long referenceIdle, long contractLoaded, long referenceLoaded)
            throws Exception {
        System.out.printf("read path benchmark: %d rows each, wrk -t2 -c32 -d%ds, %d rounds interleaved, -Xmx512m, Java %s, load %s%n",
                rows, duration.toSeconds(), rounds, System.getProperty("java.version"), Machine.loadAverage());
        System.out.printf("%-62s %28s %10s %10s %10s %10s%n", "target", "req/s per run", "median", "p50 ms", "p99 ms", "bytes");
        Map<Target, Double> medians = new LinkedHashMap<>();
        for (Target target : targets) {
            List<Wrk.Result> runs = results.get(target);
            double median = Latencies.of(runs.stream().mapToDouble(Wrk.Result::requestsPerSecond).toArray()).median();
            medians.put(target, median);
            System.out.printf("%-62s %28s %10.0f %10.2f %10.2f %10d%n", target.name(),
                    String.join(" ", runs.stream().map(r -> String.format("%.0f", r.requestsPerSecond())).toList()), median,
                    Latencies.of(runs.stream().mapToDouble(Wrk.Result::p50).toArray()).median(), Latencies.of(runs.stream().mapToDouble(Wrk.Result::p99).toArray()).median(),
                    sizes.get(target));
        }
        double contract = medians.get(targets.get(0));
        System.out.printf("ratio single read / reference with token: %.2f (target >= 0.8)%n", contract / medians.get(targets.get(1)));
        System.out.printf("ratio single read / reference without auth: %.2f (stretch >= 1.0)%n", contract / medians.get(targets.get(2)));
        System.out.printf("ratio list of 20 / single read: %.2f (target >= 0.5)%n", medians.get(targets.get(3)) / contract);
        System.out.printf("ratio opportunity of a capability / single read: %.2f (target about 1, >= 0.8)%n", medians.get(targets.get(4)) / contract);
        System.out.printf("ratio opportunities, first page / single read: %.2f%n", medians.get(targets.get(5)) / contract);
        if (targets.size() > 6) {
            System.out.printf("ratio single read with an OpenID Connect provider's token / reference with token: %.2f (target >= 0.8)%n",
                    medians.get(targets.get(6)) / medians.get(targets.get(1)));
        } else {
            System.out.println("no Java 21 for Keycloak on this machine: the read with a provider's token was not measured");
        }
        System.out.printf("start to ready: contract-service %d ms, reference %d ms (ratio %.2f)%n", contractStart, referenceStart,
                (double) contractStart / referenceStart);
        System.out.printf("RSS idle / after load: contract-service %d / %d MB, reference %d / %d MB (ratios %.2f / %.2f)%n",
                contractIdle / 1024, contractLoaded / 1024, referenceIdle / 1024, referenceLoaded / 1024,
                (double) contractIdle / referenceIdle, (double) contractLoaded / referenceLoaded);
    }
}
