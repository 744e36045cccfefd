package org.buyonce.benchmarks;

import org.buyonce.infra.EmbeddedKafkaBroker;
import org.buyonce.infra.PostgresServer;
import org.buyonce.infra.ServiceProcess;
import org.buyonce.infra.TokenIssuer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Import target (DESIGN.md): a 100,000-row asset CSV in one streaming pass, memory flat. Starts asset-service as
 * packaged with a small heap (128 MB), posts a generated register file, and samples the service's heap in use
 * (Prometheus metrics) every 100 ms while the import runs; reports the time, the largest heap seen and the RSS.
 */
public final class ImportBenchmark {

    private static final Pattern HEAP_USED = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\",id=\"[^\"]+\"\\} ([0-9.E]+)");

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path root = Path.of(System.getProperty("buyonce.root", ".")).toAbsolutePath().normalize();
        Path csv = register(rows);
        PostgresServer postgres = PostgresServer.fromEnvironment();
        postgres.recreateDatabase("buyonce_asset_benchmark");
        TokenIssuer tokens = TokenIssuer.temporary();
        String admin = tokens.token("benchmark@buyonce", java.util.List.of("admin"), null, Duration.ofHours(1));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            ServiceProcess assets = new ServiceProcess("asset-service", root.resolve("asset-service/target/quarkus-app/quarkus-run.jar"),
                    Machine.freePort(), root.resolve("benchmarks/target/asset-service-benchmark.log"));
            assets.start(Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("buyonce_asset_benchmark"),
                    "QUARKUS_DATASOURCE_USERNAME", postgres.user(), "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(), "BUYONCE_COUNCILS", "CAM:Cambridge,HDC:Huntingdonshire,SCDC:South Cambridgeshire",
                    "BUYONCE_OUTBOX_RELAY_ENABLED", "false", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKey().toString(),
                    "MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER), List.of("-Xmx128m", "-XX:+UseSerialGC"));
            try {
                if (!assets.awaitReady(Duration.ofMinutes(2))) {
                    throw new IllegalStateException("asset-service did not start; see " + assets.log());
                }
                HttpClient http = HttpClient.newHttpClient();
                long idleHeap = heapUsed(http, assets);
                AtomicLong peakHeap = new AtomicLong(idleHeap);
                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        try {
                            peakHeap.accumulateAndGet(heapUsed(http, assets), Math::max);
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            return;
                        } catch (Exception ignored) {
                            // a missed sample
                        }
                    }
                });
                sampler.start();
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(assets.url("/assets/import")))
                        .header("Content-Type", "text/csv").header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
                        HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - start) / 1_000_000;
                sampler.interrupt();
                sampler.join();
                long rss = Machine.rssKb(assets.process().pid());
                System.out.printf("import benchmark: %d rows, %.1f MB file, asset-service with -Xmx128m, Java %s%n", rows,
                        Files.size(csv) / 1e6, System.getProperty("java.version"));
                System.out.printf("  HTTP %d %s%n", response.statusCode(), response.body());
                System.out.printf("  time %d ms (%.0f rows/s)%n", millis, rows * 1000.0 / millis);
                System.out.printf("  heap in use: %.0f MB idle, %.0f MB at most during the import (limit 128 MB)%n",
                        idleHeap / 1e6, peakHeap.get() / 1e6);
                System.out.printf("  RSS after the import: %.0f MB%n", rss / 1e3);
            } finally {
                assets.stop(Duration.ofSeconds(20));
                Files.deleteIfExists(csv);
            }
        }
    }

    private static Path register(int rows) throws IOException {
        Path file = Files.createTempFile("register", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("tag,name,type,capability,councils,site,responsibleParty,criticality,monitored,purchaseDate,warrantyEnd,endOfSupport,status,supportingContractId\n");
            for (int n = 0; n < rows; n++) {
                out.write("BENCH-" + n + ",Desktop " + n + ",DESKTOP,," + (n % 3 == 0 ? "CAM" : "HDC;SCDC")
                        + ",Pathfinder House,3C ICT,NORMAL,yes,2022-01-10,2025-01-10,2028-01-10,IN_USE,\n");
            }
        }
        return file;
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
