package org.buyonce.benchmarks;

import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.OptionStatus;
import org.buyonce.events.RenewalType;
import org.buyonce.infra.EmbeddedKafkaBroker;
import org.buyonce.infra.FreePorts;
import org.buyonce.infra.PostgresServer;
import org.buyonce.infra.ServiceProcess;
import org.buyonce.infra.TokenIssuer;
import org.buyonce.testing.EventProducer;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * National scale (DESIGN.md, issue 17): alignment-service with 200,000 active contracts over 300 councils and 200
 * capabilities in its projection (1,000 contracts per capability, about 3 per council); one contract changed at a
 * time through the real broker, as contract-service publishes it, and the time from publishing until
 * {@code GET /opportunities/{capability}} shows the change. The client waits for the change as a dashboard would: the
 * opportunity's ETag in If-None-Match and {@code Prefer: wait}, answered as soon as the change is planned with the new
 * content, whose new annual value is checked. The projection is loaded with COPY, as if the events had been consumed.
 */
public final class NationalScaleBenchmark {

    private static final String DATABASE = "buyonce_alignment_national";

    private record Seeded(UUID id, int index) {
    }

    public static void main(String[] args) throws Exception {
        Machine.quietLogging();
        int contracts = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int councils = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int capabilities = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int changes = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int perSecond = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        Path root = Path.of(System.getProperty("buyonce.root", ".")).toAbsolutePath().normalize();
        PostgresServer postgres = PostgresServer.fromEnvironment();
        postgres.recreateDatabase(DATABASE);
        TokenIssuer tokens = TokenIssuer.temporary();
        String viewer = tokens.token("viewer@buyonce", List.of("viewer"), null, Duration.ofHours(2));
        List<String> councilCodes = IntStream.range(0, councils).mapToObj(i -> String.format("C%03d", i)).toList();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            ServiceProcess alignment = new ServiceProcess("alignment-service", root.resolve("alignment-service/target/quarkus-app/quarkus-run.jar"),
                    FreePorts.one(), root.resolve("benchmarks/target/alignment-service-national.log"));
            alignment.start(Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(DATABASE),
                    "QUARKUS_DATASOURCE_USERNAME", postgres.user(), "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "BUYONCE_COUNCILS", councilCodes.stream().map(c -> c + ":Council " + c).collect(Collectors.joining(",")),
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKey().toString(), "MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER),
                    List.of("-Xmx512m", "-Xlog:gc:file=" + root.resolve("benchmarks/target/alignment-service-national-gc.log")));
            try (EventProducer events = new EventProducer(broker.bootstrapServers())) {
                if (!alignment.awaitReady(Duration.ofMinutes(2))) {
                    throw new IllegalStateException("alignment-service did not start; see " + alignment.log());
                }
                List<Seeded> seeded = seed(postgres, contracts, councilCodes, capabilities);
                Poller poller = new Poller(alignment, viewer);
                long cold = System.nanoTime();
                poller.get(capability(0, capabilities), null);
                double coldMs = (System.nanoTime() - cold) / 1e6;
                for (int pass = 0; pass < 3; pass++) { // every capability served once, and the JIT warmed on the path
                    for (int c = 0; c < capabilities; c++) {
                        poller.get(capability(c, capabilities), null);
                    }
                }
                warmUp(events, poller, seeded, councilCodes, capabilities);
                double[] latencies = measure(events, poller, seeded, councilCodes, capabilities, changes, perSecond, 2);
                report(contracts, councils, capabilities, changes, perSecond, coldMs, latencies, Machine.rssKb(alignment.process().pid()));
                System.out.println(metrics(alignment));
            } finally {
                alignment.stop(Duration.ofSeconds(20));
            }
        }
    }

    private static void warmUp(EventProducer events, Poller poller, List<Seeded> seeded, List<String> councils, int capabilities)
            throws Exception {
        measure(events, poller, seeded, councils, capabilities, 100, 20, 1);
    }

    /** Each change in turn, paced: publish a new version, then poll until its opportunity shows it; the latencies in ms. */
    private static double[] measure(EventProducer events, Poller poller, List<Seeded> seeded, List<String> councils,
            int capabilities, int changes, int perSecond, long version) throws Exception {
        Random random = new Random(17 + version);
        double[] latencies = new double[changes];
        long interval = 1_000_000_000L / perSecond;
        long next = System.nanoTime();
        for (int i = 0; i < changes; i++) {
            Seeded contract = seeded.get(random.nextInt(seeded.size()));
            String capability = capability(contract.index(), capabilities);
            String before = poller.get(capability, null).etag();
            BigDecimal value = BigDecimal.valueOf(1_000_000 + version * 100_000 + i, 2);
            long start = System.nanoTime();
            events.contract(state(contract, version + i, councils, capabilities, value));
            while (true) {
                Poller.Answer answer = poller.awaitChange(capability, before);
                if (answer.status() == 200 && answer.body().contains("\"annualValue\":" + value.toPlainString())) {
                    latencies[i] = (System.nanoTime() - start) / 1e6;
                    break;
                }
                if (System.nanoTime() - start > Duration.ofSeconds(30).toNanos()) {
                    throw new IllegalStateException("change " + i + " not reflected within 30 s");
                }
                before = answer.etag();
            }
            next += interval;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        return latencies;
    }

    private static String capability(int index, int capabilities) {
        return "capability-" + (index % capabilities);
    }

    private static LocalDate end(int index) {
        return LocalDate.of(2027, 1, 31).plusMonths((index * 7L) % 60);
    }

    private static BigDecimal value(int index) {
        return BigDecimal.valueOf(1_000_000L + (index % 5_000) * 1_337L, 2);
    }

    private static String council(int index, List<String> councils, int capabilities) {
        return councils.get((index / capabilities) % councils.size());
    }

    private static ContractRenewalState state(Seeded contract, long version, List<String> councils, int capabilities, BigDecimal value) {
        int i = contract.index();
        LocalDate end = end(i);
        return new ContractRenewalState(contract.id(), version, council(i, councils, capabilities), "NAT-" + i, "Contract " + i,
                new ContractRenewalState.Supplier("Supplier " + (i % 500) + " Ltd", null), capability(i, capabilities),
                LocalDate.of(2022, 4, 1), end, List.of(new ContractRenewalState.ExtensionOption(12, OptionStatus.AVAILABLE)), 3,
                end.minusMonths(3), RenewalType.FIXED, null, end.plusMonths(12), value, null, ContractStatus.ACTIVE, List.of());
    }

    /** The projection as if every contract's event had been consumed, by COPY; then a revision that makes every replica read it whole. */
    private static List<Seeded> seed(PostgresServer postgres, int contracts, List<String> councils, int capabilities) throws Exception {
        StringBuilder rows = new StringBuilder(contracts * 200);
        List<Seeded> seeded = new java.util.ArrayList<>(contracts);
        for (int i = 0; i < contracts; i++) {
            UUID id = UUID.randomUUID();
            seeded.add(new Seeded(id, i));
            rows.append(id).append('\t').append(0).append('\t').append(council(i, councils, capabilities)).append('\t')
                    .append(capability(i, capabilities)).append("\tNAT-").append(i).append("\tContract ").append(i)
                    .append("\tSupplier ").append(i % 500).append(" Ltd\t2022-04-01\t").append(end(i))
                    .append("\t3\tFIXED\t\\N\t[12]\t").append(value(i).toPlainString()).append("\tACTIVE\t2026-12-01T00:00:00Z\t0\n");
        }
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.user(), postgres.password());
                Statement statement = connection.createStatement()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY contract_projection (id, version, council, capability, reference, title, supplier_name, start_date, end_date,
                        notice_period_months, renewal_type, renewal_period_months, available_options, annual_value, status, updated_at,
                        revision) FROM STDIN""", new StringReader(rows.toString()));
            statement.execute("UPDATE projection_revision SET revision = revision + 1, reread_from = revision + 1");
            statement.execute("ANALYZE contract_projection");
        }
        return seeded;
    }

    /** GET /opportunities/{capability} with the viewer's token, optionally conditional or waiting for a change. */
    private static final class Poller {

        record Answer(int status, String etag, String body) {
        }

        private final ServiceProcess alignment;
        private final String token;

        Poller(ServiceProcess alignment, String token) {
            this.alignment = alignment;
            this.token = token;
        }

        /** The opportunity now; 304 if it still has the tag {@code ifNoneMatch}. */
        Answer get(String capability, String ifNoneMatch) throws Exception {
            return send(capability, ifNoneMatch == null ? Map.of() : Map.of("If-None-Match", ifNoneMatch));
        }

        /** The opportunity as soon as it no longer has the tag {@code held} (a request that waits for it); 304 after 10 s. */
        Answer awaitChange(String capability, String held) throws Exception {
            return send(capability, Map.of("If-None-Match", held, "Prefer", "wait=10"));
        }

        private Answer send(String capability, Map<String, String> conditions) throws Exception {
            Map<String, String> headers = new java.util.HashMap<>(conditions);
            headers.put("Authorization", "Bearer " + token);
            PlainHttp.Answer answer = PlainHttp.send("GET", alignment.url("/opportunities/" + capability), headers, null);
            if (answer.status() != 200 && answer.status() != 304) {
                throw new IllegalStateException(capability + ": " + answer.status() + " " + answer.text());
            }
            return new Answer(answer.status(), answer.etag(), answer.text());
        }
    }

    private static void report(int contracts, int councils, int capabilities, int changes, int perSecond, double coldMs,
            double[] latencies, long rssKb) throws Exception {
        Latencies measured = Latencies.of(latencies);
        System.out.printf("national scale: %,d contracts, %d councils, %d capabilities (%,d contracts each), -Xmx512m, Java %s, load %s%n",
                contracts, councils, capabilities, contracts / capabilities, System.getProperty("java.version"), Machine.loadAverage());
        System.out.printf("first read after loading the projection (read whole, every capability planned): %.0f ms%n", coldMs);
        System.out.printf("%d changes at %d/s, publish -> GET /opportunities/{capability} shows it: %s (target p99 <= 100 ms)%n",
                changes, perSecond, measured.summary());
        System.out.printf("RSS after the run: %d MB%n", rssKb / 1024);
    }

    /** Where the time of the event path goes, as alignment-service measured it over the whole run (warm-up included). */
    private static String metrics(ServiceProcess alignment) throws Exception {
        String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(alignment.url("/q/metrics"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return "alignment-service: planning a query's changed capabilities " + mean(text, "buyonce_planner_duration_seconds", "")
                + ", capabilities replanned " + value(text, "buyonce_planner_capabilities_replanned_total", "")
                + ", GET /opportunities/{capability} " + mean(text, "http_server_requests_seconds", "uri=\"/opportunities/{capability}\"");
    }

    private static String mean(String metrics, String name, String label) {
        double count = value(metrics, name + "_count", label);
        return String.format("%.0f times, mean %.2f ms, max %.1f ms", count, value(metrics, name + "_sum", label) / count * 1000,
                series(metrics, name + "_max", label).max().orElse(0) * 1000);
    }

    /** The sum over the series of a metric whose labels contain {@code label}. */
    private static double value(String metrics, String name, String label) {
        return series(metrics, name, label).sum();
    }

    private static java.util.stream.DoubleStream series(String metrics, String name, String label) {
        return metrics.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
    }
}
