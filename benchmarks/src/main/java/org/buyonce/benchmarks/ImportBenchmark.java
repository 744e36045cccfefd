package org.buyonce.benchmarks;

import org.buyonce.events.AssetEventType;
import org.buyonce.events.AssetLifecycleState;
import org.buyonce.events.AssetStatus;
import org.buyonce.events.AssetType;
import org.buyonce.events.Criticality;
import org.buyonce.events.EventJson;
import org.buyonce.events.EventSchemas;
import org.buyonce.events.Topics;
import org.buyonce.infra.EmbeddedKafkaBroker;
import org.buyonce.infra.PostgresServer;
import org.buyonce.infra.ServiceProcess;
import org.buyonce.infra.TokenIssuer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Import target (DESIGN.md, issue 17): a 100,000-row asset CSV in one streaming pass, memory flat, at half the
 * throughput of PostgreSQL's own bulk load or better. Starts asset-service as packaged with a small heap (128 MB) and
 * its relay off, then, interleaved on emptied tables for a warm-up and a few rounds: the reference, PostgreSQL
 * {@code COPY} of the same rows and their outbox rows (prepared as files beforehand) into the same tables in one
 * transaction; and the import, posting the register file over HTTP while the service's heap in use is sampled every
 * 250 ms. Each side's CPU time (the service's, PostgreSQL's) shows what bounds it.
 */
public final class ImportBenchmark {

    private static final Pattern HEAP_USED = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\",id=\"[^\"]+\"\\} ([0-9.E]+)");
    private static final String DATABASE = "buyonce_asset_benchmark";

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path root = Path.of(System.getProperty("buyonce.root", ".")).toAbsolutePath().normalize();
        Path csv = register(rows);
        CopyFiles copy = CopyFiles.of(rows);
        PostgresServer postgres = PostgresServer.fromEnvironment();
        postgres.recreateDatabase(DATABASE);
        TokenIssuer tokens = TokenIssuer.temporary();
        String admin = tokens.token("benchmark@buyonce", List.of("admin"), null, Duration.ofHours(1));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            ServiceProcess assets = new ServiceProcess("asset-service", root.resolve("asset-service/target/quarkus-app/quarkus-run.jar"),
                    Machine.freePort(), root.resolve("benchmarks/target/asset-service-benchmark.log"));
            assets.start(Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(DATABASE),
                    "QUARKUS_DATASOURCE_USERNAME", postgres.user(), "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(), "BUYONCE_COUNCILS", "CAM:Cambridge,HDC:Huntingdonshire,SCDC:South Cambridgeshire",
                    "BUYONCE_OUTBOX_RELAY_ENABLED", "false", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKey().toString(),
                    "MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER), List.of("-Xmx128m", "-XX:+UseSerialGC"));
            try (Connection database = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.user(), postgres.password())) {
                if (!assets.awaitReady(Duration.ofMinutes(2))) {
                    throw new IllegalStateException("asset-service did not start; see " + assets.log());
                }
                // HTTP/1.1 as curl or a browser would post a file; the client's default, an h2c upgrade, would stream it
                // through HTTP/2 flow-control windows instead.
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                long idleHeap = heapUsed(http, assets);
                double[] copyMillis = new double[rounds + 1];
                double[] importMillis = new double[rounds + 1];
                double[] serviceCpuMillis = new double[rounds + 1];
                double[] postgresCpuMillis = new double[rounds + 1];
                double[] copyPostgresCpuMillis = new double[rounds + 1];
                long peakHeap = idleHeap;
                String answer = null;
                for (int round = 0; round <= rounds; round++) { // round 0 warms both up
                    empty(database);
                    double copyCpu = Machine.postgresCpuSeconds();
                    copyMillis[round] = copy.load(database);
                    copyPostgresCpuMillis[round] = (Machine.postgresCpuSeconds() - copyCpu) * 1000;
                    empty(database);
                    HeapSampler sampler = HeapSampler.start(http, assets, idleHeap);
                    double serviceCpu = Machine.cpuSeconds(assets.process().pid());
                    double postgresCpu = Machine.postgresCpuSeconds();
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(assets.url("/assets/import")))
                            .header("Content-Type", "text/csv").header("Authorization", "Bearer " + admin)
                            .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
                    importMillis[round] = (System.nanoTime() - start) / 1e6;
                    serviceCpuMillis[round] = (Machine.cpuSeconds(assets.process().pid()) - serviceCpu) * 1000;
                    postgresCpuMillis[round] = (Machine.postgresCpuSeconds() - postgresCpu) * 1000;
                    peakHeap = Math.max(peakHeap, sampler.stop());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("the import answered " + response.statusCode() + ": " + response.body());
                    }
                    answer = "HTTP " + response.statusCode() + " " + response.body();
                }
                long rss = Machine.rssKb(assets.process().pid());
                double copyMedian = median(copyMillis);
                double importMedian = median(importMillis);
                System.out.printf("import benchmark: %d rows, %.1f MB file, a warm-up and %d rounds interleaved, asset-service with -Xmx128m, Java %s, load %s%n",
                        rows, Files.size(csv) / 1e6, rounds, System.getProperty("java.version"), Machine.loadAverage());
                System.out.printf("  last answer: %s%n", answer);
                System.out.printf("  %-58s %24s %10s %10s%n", "", "ms (warm-up) per run", "median", "rows/s");
                System.out.printf("  %-58s %24s %10.0f %10.0f%n", "PostgreSQL COPY of the asset and outbox rows, one transaction",
                        runs(copyMillis), copyMedian, rows * 1000 / copyMedian);
                System.out.printf("  %-58s %24s %10.0f %10.0f%n", "POST /assets/import (CSV over HTTP, checked, with events)",
                        runs(importMillis), importMedian, rows * 1000 / importMedian);
                System.out.printf("  %-58s %24s %10.0f%n", "  CPU of PostgreSQL during the COPY", runs(copyPostgresCpuMillis),
                        median(copyPostgresCpuMillis));
                System.out.printf("  %-58s %24s %10.0f%n", "  CPU of asset-service during the import", runs(serviceCpuMillis),
                        median(serviceCpuMillis));
                System.out.printf("  %-58s %24s %10.0f%n", "  CPU of PostgreSQL during the import", runs(postgresCpuMillis),
                        median(postgresCpuMillis));
                System.out.printf("  ratio import / COPY throughput: %.2f (target >= 0.5)%n", copyMedian / importMedian);
                System.out.printf("  heap in use: %.0f MB idle, %.0f MB at most during the imports (limit 128 MB)%n",
                        idleHeap / 1e6, peakHeap / 1e6);
                System.out.printf("  RSS after the imports: %.0f MB%n", rss / 1e3);
            } finally {
                assets.stop(Duration.ofSeconds(20));
                Files.deleteIfExists(csv);
                copy.delete();
            }
        }
    }

    /** The warm-up in brackets, then the measured rounds. */
    private static String runs(double[] millis) {
        return String.format("(%.0f) ", millis[0])
                + String.join(" ", Arrays.stream(millis).skip(1).mapToObj(m -> String.format("%.0f", m)).toList());
    }

    private static double median(double[] millis) {
        return Latencies.of(Arrays.copyOfRange(millis, 1, millis.length)).median();
    }

    private static void empty(Connection database) throws Exception {
        try (Statement statement = database.createStatement()) {
            statement.execute("TRUNCATE asset, outbox_event");
            statement.execute("VACUUM ANALYZE asset");
            statement.execute("VACUUM ANALYZE outbox_event");
        }
    }

    private static String tag(int n) {
        return "BENCH-" + n;
    }

    private static String councils(int n) {
        return n % 3 == 0 ? "CAM" : "HDC;SCDC";
    }

    private static Path register(int rows) throws IOException {
        Path file = Files.createTempFile("register", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("tag,name,type,capability,councils,site,responsibleParty,criticality,monitored,purchaseDate,warrantyEnd,endOfSupport,status,supportingContractId\n");
            for (int n = 0; n < rows; n++) {
                out.write(tag(n) + ",Desktop " + n + ",DESKTOP,," + councils(n) + ",Pathfinder House,3C ICT,NORMAL,yes,2022-01-10,2025-01-10,2028-01-10,IN_USE,\n");
            }
        }
        return file;
    }

    /**
     * The reference's input: the rows the import writes for the register file, an asset row and an outbox row (the same
     * event JSON) each, as COPY text files written before anything is timed.
     */
    private record CopyFiles(Path assets, Path events) {

        static CopyFiles of(int rows) throws IOException {
            Path assets = Files.createTempFile("asset", ".copy");
            Path events = Files.createTempFile("outbox", ".copy");
            String now = Instant.now().toString();
            String schema = EventSchemas.ofTopic(Topics.ASSET_LIFECYCLE).map(EventSchemas::uri).orElseThrow();
            String type = AssetEventType.CHANGED.cloudEventType();
            try (BufferedWriter assetRows = Files.newBufferedWriter(assets); BufferedWriter eventRows = Files.newBufferedWriter(events)) {
                for (int n = 0; n < rows; n++) {
                    UUID id = UUID.randomUUID();
                    List<String> councils = List.of(councils(n).split(";"));
                    assetRows.write(String.join("\t", id.toString(), "0", tag(n), "Desktop " + n, "DESKTOP", "\\N", EventJson.write(councils),
                            "Pathfinder House", "3C ICT", "NORMAL", "true", "2022-01-10", "2025-01-10", "2028-01-10", "IN_USE", "\\N", now, now));
                    assetRows.write('\n');
                    AssetLifecycleState event = new AssetLifecycleState(id, 0, tag(n), "Desktop " + n, AssetType.DESKTOP, null, councils,
                            "Pathfinder House", "3C ICT", Criticality.NORMAL, true, LocalDate.of(2022, 1, 10), LocalDate.of(2025, 1, 10),
                            LocalDate.of(2028, 1, 10), AssetStatus.IN_USE, null);
                    eventRows.write(String.join("\t", UUID.randomUUID().toString(), Topics.ASSET_LIFECYCLE, id.toString(), type,
                            EventJson.write(event).replace("\\", "\\\\"), schema, "\\N", "\\N"));
                    eventRows.write('\n');
                }
            }
            return new CopyFiles(assets, events);
        }

        /** Loads both files in one transaction; returns the milliseconds it took, commit included. */
        double load(Connection database) throws Exception {
            CopyManager copy = database.unwrap(PGConnection.class).getCopyAPI();
            database.setAutoCommit(false);
            long start = System.nanoTime();
            try (Reader assetRows = Files.newBufferedReader(assets); Reader eventRows = Files.newBufferedReader(events)) {
                copy.copyIn("COPY asset (id, version, tag, name, type, capability, councils, site, responsible_party, criticality, "
                        + "monitored, purchase_date, warranty_end, end_of_support, status, supporting_contract_id, created_at, updated_at) "
                        + "FROM STDIN", assetRows);
                copy.copyIn("COPY outbox_event (id, aggregatetype, aggregateid, type, payload, dataschema, traceparent, tracestate) "
                        + "FROM STDIN", eventRows);
                database.commit();
            } finally {
                database.setAutoCommit(true);
            }
            return (System.nanoTime() - start) / 1e6;
        }

        void delete() throws IOException {
            Files.deleteIfExists(assets);
            Files.deleteIfExists(events);
        }
    }

    /** Samples the service's heap in use every 250 ms until stopped; answers the largest sample. */
    private static final class HeapSampler {

        private final AtomicLong peak;
        private final Thread thread;

        private HeapSampler(AtomicLong peak, Thread thread) {
            this.peak = peak;
            this.thread = thread;
        }

        static HeapSampler start(HttpClient http, ServiceProcess service, long initial) {
            AtomicLong peak = new AtomicLong(initial);
            Thread thread = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        peak.accumulateAndGet(heapUsed(http, service), Math::max);
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception ignored) {
                        // a missed sample
                    }
                }
            });
            thread.start();
            return new HeapSampler(peak, thread);
        }

        long stop() throws InterruptedException {
            thread.interrupt();
            thread.join();
            return peak.get();
        }
    }

    private static long heapUsed(HttpClient http, ServiceProcess service) throws IOException, InterruptedException {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(service.url("/q/metrics"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = HEAP_USED.matcher(metrics);
        double used = 0;
        while (matcher.find()) {
            used += Double.parseDouble(matcher.group(1));
        }
        return (long) used;
    }
}
