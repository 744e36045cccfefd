package org.buyonce.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.buyonce.infra.EmbeddedKafkaBroker;
import org.buyonce.infra.PostgresServer;
import org.buyonce.infra.ServiceProcess;
import org.buyonce.infra.TokenIssuer;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event path target (DESIGN.md, issue 17): contract writes through contract-service's API at a steady rate, each timed
 * until alignment-service's {@code GET /opportunities/{capability}} shows it: the outbox relay, the broker, the
 * projection and the planner in between. Against Kafka's own end-to-end latency tool on the same broker, run before
 * and after. The client polls the capabilities with changes outstanding, with their ETags in If-None-Match.
 */
public final class EventPathBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern E2E_AVERAGE = Pattern.compile("Avg latency: ([0-9.]+) ms");
    private static final Pattern E2E_PERCENTILES = Pattern.compile("Percentiles: 50th = ([0-9.]+), 99th = ([0-9.]+), 99.9th = ([0-9.]+)");

    /** A write waiting to be seen: its contract, the annual value it wrote, when it was sent, answered, on the topic, seen. */
    private static final class Change {
        final String id;
        final BigDecimal annualValue;
        final long sentAt = System.nanoTime();
        volatile long answeredAt;
        volatile long onTopicAt;
        long seenAt;

        Change(String id, BigDecimal annualValue) {
            this.id = id;
            this.annualValue = annualValue;
        }
    }

    /**
     * A run's latencies in ms, and where they went: the PUT's answer, the record readable on the topic (contract-service,
     * outbox, broker), then the GET showing it (consumer, projection, planner, the client's poll).
     */
    private record Run(double[] total, double[] answered, double[] toTopic, double[] fromTopic) {

        static Run of(Collection<Change> seen) {
            return new Run(millis(seen, c -> c.seenAt - c.sentAt), millis(seen, c -> c.answeredAt - c.sentAt),
                    millis(seen, c -> c.onTopicAt - c.sentAt), millis(seen, c -> c.seenAt - c.onTopicAt));
        }

        private static double[] millis(Collection<Change> seen, ToLongFunction<Change> nanos) {
            return seen.stream().mapToDouble(c -> nanos.applyAsLong(c) / 1e6).toArray();
        }
    }

    private record KafkaLatency(double average, double p50, double p99) {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path root = Path.of(System.getProperty("buyonce.root", ".")).toAbsolutePath().normalize();
        PostgresServer postgres = PostgresServer.fromEnvironment();
        postgres.recreateDatabase("buyonce_contract_event_path");
        postgres.recreateDatabase("buyonce_alignment_event_path");
        TokenIssuer tokens = TokenIssuer.temporary();
        String admin = tokens.token("benchmark@buyonce", List.of("admin"), null, Duration.ofHours(2));
        String viewer = tokens.token("viewer@buyonce", List.of("viewer"), null, Duration.ofHours(2));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            Map<String, String> common = new LinkedHashMap<>(Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKey().toString(),
                    "MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER, "QUARKUS_DATASOURCE_USERNAME", postgres.user(),
                    "QUARKUS_DATASOURCE_PASSWORD", postgres.password(), "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "BUYONCE_COUNCILS", ContractSeeds.COUNCILS));
            ServiceProcess contracts = service(root, "contract-service", postgres.jdbcUrl("buyonce_contract_event_path"), common);
            ServiceProcess alignment = service(root, "alignment-service", postgres.jdbcUrl("buyonce_alignment_event_path"), common);
            try {
                List<String> capabilities = ContractSeeds.capabilities(contracts, admin);
                List<String> ids = ContractSeeds.record(contracts, admin, capabilities, rows);
                ContractSeeds.awaitProjected(alignment, rows);
                KafkaLatency before = kafkaLatency(root, broker);
                Writes writes = new Writes(contracts, alignment, admin, viewer, capabilities, ids, broker.bootstrapServers());
                writes.run(perSecond, Duration.ofSeconds(10)); // warm-up: the JIT compiled on the whole path
                Run run = writes.run(perSecond, Duration.ofSeconds(seconds));
                KafkaLatency after = kafkaLatency(root, broker);
                report(rows, perSecond, seconds, run, before, after);
            } finally {
                contracts.stop(Duration.ofSeconds(20));
                alignment.stop(Duration.ofSeconds(20));
            }
        }
    }

    private static ServiceProcess service(Path root, String name, String jdbcUrl, Map<String, String> common) throws Exception {
        ServiceProcess service = new ServiceProcess(name, root.resolve(name + "/target/quarkus-app/quarkus-run.jar"), Machine.freePort(),
                root.resolve("benchmarks/target/" + name + "-event-path.log"));
        Map<String, String> environment = new LinkedHashMap<>(common);
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        service.start(environment, List.of("-Xmx512m"));
        if (!service.awaitReady(Duration.ofMinutes(2))) {
            throw new IllegalStateException(name + " did not start; see " + service.log());
        }
        return service;
    }

    /** kafka.tools.EndToEndLatency's successor on the same broker: 5,000 records of 1 KB, acks=all, one at a time. */
    private static KafkaLatency kafkaLatency(Path root, EmbeddedKafkaBroker broker) throws Exception {
        Process tool = new ProcessBuilder("java", "-cp", root.resolve("benchmarks/target/lib") + "/*",
                "org.apache.kafka.tools.EndToEndLatency", broker.bootstrapServers(), "benchmark-end-to-end-latency", "5000", "all", "1024")
                .redirectErrorStream(true).start();
        String output = new String(tool.getInputStream().readAllBytes());
        Matcher average = E2E_AVERAGE.matcher(output);
        Matcher percentiles = E2E_PERCENTILES.matcher(output);
        if (tool.waitFor() != 0 || !average.find() || !percentiles.find()) {
            throw new IllegalStateException("EndToEndLatency failed:\n" + output);
        }
        return new KafkaLatency(Double.parseDouble(average.group(1)), Double.parseDouble(percentiles.group(1)),
                Double.parseDouble(percentiles.group(2)));
    }

    /** The writer at a fixed rate, and the watcher that sees each write arrive. */
    private static final class Writes {

        private final HttpClient http = HttpClient.newHttpClient();
        private final ServiceProcess contracts;
        private final ServiceProcess alignment;
        private final String admin;
        private final String viewer;
        private final List<String> capabilities;
        private final List<String> ids;
        private final Map<String, Long> versions = new ConcurrentHashMap<>();
        private final Map<String, ConcurrentLinkedQueue<Change>> pending = new ConcurrentHashMap<>();
        private final Map<String, String> etags = new HashMap<>();
        private final Map<String, Change> latest = new ConcurrentHashMap<>();
        private final AtomicInteger sequence = new AtomicInteger();
        private final String bootstrapServers;
        private int next;

        Writes(ServiceProcess contracts, ServiceProcess alignment, String admin, String viewer, List<String> capabilities,
                List<String> ids, String bootstrapServers) {
            this.bootstrapServers = bootstrapServers;
            this.contracts = contracts;
            this.alignment = alignment;
            this.admin = admin;
            this.viewer = viewer;
            this.capabilities = capabilities;
            this.ids = ids;
            ids.forEach(id -> versions.put(id, 0L));
        }

        /** Writes at the rate for the duration; then waits for every write to be seen; the latencies in ms. */
        Run run(int perSecond, Duration duration) throws Exception {
            ConcurrentLinkedQueue<Change> seen = new ConcurrentLinkedQueue<>();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            Thread watcher = new Thread(() -> watch(seen, failures), "watcher");
            TopicTap tap = new TopicTap(bootstrapServers, this::arrivedOnTopic, failures);
            tap.start();
            watcher.start();
            long interval = 1_000_000_000L / perSecond;
            long start = System.nanoTime();
            long writes = duration.toNanos() / interval;
            for (long i = 0; i < writes; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                write(failures);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (pending.values().stream().anyMatch(q -> !q.isEmpty()) && System.nanoTime() < deadline && failures.isEmpty()) {
                Thread.sleep(10);
            }
            watcher.interrupt();
            watcher.join();
            tap.close();
            if (!failures.isEmpty()) {
                throw new IllegalStateException("the run failed", failures.get(0));
            }
            if (seen.size() != writes) {
                throw new IllegalStateException((writes - seen.size()) + " of " + writes + " writes not seen within 30 s");
            }
            return Run.of(seen);
        }

        private void arrivedOnTopic(String id, BigDecimal annualValue) {
            Change change = latest.get(id);
            if (change != null && change.onTopicAt == 0 && change.annualValue.compareTo(annualValue) == 0) {
                change.onTopicAt = System.nanoTime();
            }
        }

        /** The next contract in turn, with a new annual value, sent without waiting for the answer. */
        private void write(List<Throwable> failures) {
            int index = next++ % ids.size();
            String id = ids.get(index);
            String capability = ContractSeeds.capability(index, capabilities);
            BigDecimal value = BigDecimal.valueOf(5_000_000L + sequence.incrementAndGet(), 2);
            HttpRequest request = HttpRequest.newBuilder(URI.create(contracts.url("/contracts/" + id)))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .header("If-Match", "\"" + versions.get(id) + "\"")
                    .PUT(HttpRequest.BodyPublishers.ofString(ContractSeeds.body(index, capabilities, value))).build();
            Change change = new Change(id, value);
            latest.put(id, change);
            pending.computeIfAbsent(capability, c -> new ConcurrentLinkedQueue<>()).add(change);
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                Matcher version = response == null ? null : VERSION.matcher(response.body());
                if (error != null || response.statusCode() != 200 || !version.find()) {
                    failures.add(error != null ? error : new IllegalStateException(response.statusCode() + " " + response.body()));
                } else {
                    change.answeredAt = System.nanoTime();
                    versions.put(id, Long.parseLong(version.group(1)));
                }
            });
        }

        /** Polls each capability with writes outstanding; a write is seen when its opportunity shows its annual value. */
        private void watch(ConcurrentLinkedQueue<Change> seen, List<Throwable> failures) {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    boolean polled = false;
                    for (Map.Entry<String, ConcurrentLinkedQueue<Change>> waiting : pending.entrySet()) {
                        if (waiting.getValue().isEmpty()) {
                            continue;
                        }
                        polled = true;
                        JsonNode opportunity = changedOpportunity(waiting.getKey());
                        if (opportunity != null) {
                            long now = System.nanoTime();
                            Map<String, BigDecimal> values = new HashMap<>();
                            opportunity.path("contracts").forEach(part ->
                                    values.put(part.path("contractId").asText(), part.path("annualValue").decimalValue()));
                            waiting.getValue().removeIf(change -> {
                                BigDecimal shown = values.get(change.id);
                                boolean shows = shown != null && shown.compareTo(change.annualValue) == 0;
                                if (shows) {
                                    change.seenAt = now;
                                    if (change.onTopicAt == 0) {
                                        change.onTopicAt = now; // the tap was slower than the watcher
                                    }
                                    seen.add(change);
                                }
                                return shows;
                            });
                        }
                    }
                    if (!polled) {
                        Thread.sleep(1);
                    }
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                failures.add(e);
            }
        }

        /** The capability's opportunity if it changed since last seen, else null (304). */
        private JsonNode changedOpportunity(String capability) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(alignment.url("/opportunities/" + capability)))
                    .header("Authorization", "Bearer " + viewer);
            String etag = etags.get(capability);
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 304) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /opportunities/" + capability + ": " + response.statusCode());
            }
            etags.put(capability, response.headers().firstValue("ETag").orElseThrow());
            return JSON.readTree(response.body());
        }
    }

    private static void report(int rows, int perSecond, int seconds, Run run, KafkaLatency before, KafkaLatency after)
            throws Exception {
        double[] latencies = run.total();
        Latencies measured = Latencies.of(latencies);
        double p99 = measured.percentile(99);
        double kafkaP99 = (before.p99() + after.p99()) / 2.0;
        System.out.printf("event path: %d contracts over the catalogue's capabilities, %d writes/s for %d s (%d writes), -Xmx512m, Java %s, load %s%n",
                rows, perSecond, seconds, latencies.length, System.getProperty("java.version"), Machine.loadAverage());
        System.out.printf("PUT /contracts/{id} -> GET /opportunities/{capability} shows it: %s%n", measured.summary());
        System.out.printf("  PUT answered: %s%n", Latencies.of(run.answered()).summary());
        System.out.printf("  PUT -> its record read from contract-renewals (read committed): %s%n", Latencies.of(run.toTopic()).summary());
        System.out.printf("  and record read -> GET shows it (projection, planner, the client's poll): %s%n", Latencies.of(run.fromTopic()).summary());
        System.out.printf("Kafka EndToEndLatency on the same broker (5,000 x 1 KB, acks=all), before / after: avg %.2f / %.2f ms, "
                + "p50 %.0f / %.0f ms, p99 %.0f / %.0f ms%n", before.average(), after.average(), before.p50(), after.p50(), before.p99(), after.p99());
        System.out.printf("ratio p99 / Kafka's p99: %.1f (target <= 5)%n", p99 / Math.max(kafkaP99, 1));
    }
}
