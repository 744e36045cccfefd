package org.buyonce.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.buyonce.infra.EmbeddedKafkaBroker;
import org.buyonce.infra.FreePorts;
import org.buyonce.infra.PostgresServer;
import org.buyonce.infra.ServiceProcess;
import org.buyonce.infra.TokenIssuer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event path target (DESIGN.md, issue 17): contract writes through contract-service's API at a steady rate, each timed
 * until alignment-service's {@code GET /opportunities/{capability}} shows it: the outbox relay, the broker, the
 * projection and the planner in between. Against Kafka's own end-to-end latency tool on the same broker, run before
 * and after. For each capability with writes outstanding the client keeps one request waiting for its opportunity to
 * change (its ETag in If-None-Match, {@code Prefer: wait}), so a write is seen as soon as it is planned, with no polling
 * load on the machine. The measured run is the steady state: before it, writes as fast as they are answered, then at
 * the rate until the JIT compilers of every JVM on the path have settled. Reported with it: the CPU each part of the
 * path spent per write.
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
        volatile long seenAt;

        Change(String id, BigDecimal annualValue) {
            this.id = id;
            this.annualValue = annualValue;
        }
    }

    /**
     * A run's latencies in ms, and where they went: the PUT's answer, the record readable on the topic (contract-service,
     * outbox, broker), then the GET showing it (consumer, projection, planner, the waiting request's answer).
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

    /**
     * CPU seconds used by each part of the path: contract-service, alignment-service, this JVM (the broker, the load
     * generator and its watchers, the topic tap) and PostgreSQL; and the wall-clock seconds they were measured over.
     */
    private record CpuUse(double contracts, double alignment, double benchmark, double postgres, double wall) {

        static CpuUse from(ServiceProcess contracts, ServiceProcess alignment) throws Exception {
            return new CpuUse(Machine.cpuSeconds(contracts.process().pid()), Machine.cpuSeconds(alignment.process().pid()),
                    Machine.cpuSeconds(ProcessHandle.current().pid()), Machine.postgresCpuSeconds(), System.nanoTime() / 1e9);
        }

        CpuUse since(ServiceProcess contractService, ServiceProcess alignmentService) throws Exception {
            CpuUse now = from(contractService, alignmentService);
            return new CpuUse(now.contracts - contracts, now.alignment - alignment, now.benchmark - benchmark, now.postgres - postgres,
                    now.wall - wall);
        }

        String perWrite(int writes) {
            double total = contracts + alignment + benchmark + postgres;
            return String.format("contract-service %.2f ms, alignment-service %.2f ms, broker and load generator %.2f ms, PostgreSQL %.2f ms; "
                            + "all %.2f ms (%.2f of the machine's cores busy on average)", 1000 * contracts / writes,
                    1000 * alignment / writes, 1000 * benchmark / writes, 1000 * postgres / writes, 1000 * total / writes, total / wall);
        }
    }

    public static void main(String[] args) throws Exception {
        Machine.quietLogging();
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int warmUpWrites = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
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
                writes.warmUp(warmUpWrites, 4);
                ContractSeeds.awaitProjected(alignment, rows + warmUpWrites);
                Duration settled = untilCompiled(writes, perSecond, List.of(contracts.process().pid(), alignment.process().pid(),
                        ProcessHandle.current().pid()));
                CpuUse cpu = CpuUse.from(contracts, alignment);
                Run run = writes.run(perSecond, Duration.ofSeconds(seconds));
                CpuUse used = cpu.since(contracts, alignment);
                KafkaLatency after = kafkaLatency(root, broker);
                report(rows, perSecond, seconds, warmUpWrites, settled, run, used, before, after);
            } finally {
                contracts.stop(Duration.ofSeconds(20));
                alignment.stop(Duration.ofSeconds(20));
            }
        }
    }

    private static ServiceProcess service(Path root, String name, String jdbcUrl, Map<String, String> common) throws Exception {
        ServiceProcess service = new ServiceProcess(name, root.resolve(name + "/target/quarkus-app/quarkus-run.jar"), FreePorts.one(),
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
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(ServiceProcess.JVM_OPTIONS); // as every JVM of the benchmark
        command.addAll(List.of("-cp", root.resolve("benchmarks/target/lib") + "/*",
                "org.apache.kafka.tools.EndToEndLatency", broker.bootstrapServers(), "benchmark-end-to-end-latency", "5000", "all", "1024"));
        Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(tool.getInputStream().readAllBytes());
        Matcher average = E2E_AVERAGE.matcher(output);
        Matcher percentiles = E2E_PERCENTILES.matcher(output);
        if (tool.waitFor() != 0 || !average.find() || !percentiles.find()) {
            throw new IllegalStateException("EndToEndLatency failed:\n" + output);
        }
        return new KafkaLatency(Double.parseDouble(average.group(1)), Double.parseDouble(percentiles.group(1)),
                Double.parseDouble(percentiles.group(2)));
    }

    /** The writer, at a fixed rate or as fast as it is answered, and a watcher per capability that sees each write arrive. */
    private static final class Writes {

        /** How long a watching request waits for its opportunity to change before it is answered 304 and asked again. */
        private static final String WAIT = "wait=10";

        private final ExecutorService writers = Executors.newCachedThreadPool(daemon("writer"));
        private final ServiceProcess contracts;
        private final ServiceProcess alignment;
        private final String admin;
        private final String viewer;
        private final List<String> capabilities;
        private final List<String> ids;
        private final Map<String, Long> versions = new ConcurrentHashMap<>();
        private final Map<String, Watcher> watchers = new ConcurrentHashMap<>();
        private final Map<String, Change> latest = new ConcurrentHashMap<>();
        private final AtomicInteger sequence = new AtomicInteger();
        private final String bootstrapServers;
        private volatile Collection<Change> seen = new ConcurrentLinkedQueue<>();
        private final List<Throwable> failures = new CopyOnWriteArrayList<>();
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

        /**
         * Writes as fast as contract-service answers, {@code concurrency} at a time, without watching them: the JIT
         * compiles the write path, and the consumer's, where a run at a fixed rate would take minutes to.
         */
        void warmUp(int writes, int concurrency) throws Exception {
            Semaphore inFlight = new Semaphore(concurrency);
            for (int i = 0; i < writes && failures.isEmpty(); i++) {
                inFlight.acquire();
                int index = next++ % ids.size();
                BigDecimal value = BigDecimal.valueOf(5_000_000L + sequence.incrementAndGet(), 2);
                writers.execute(() -> {
                    try {
                        put(index, value);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            inFlight.acquire(concurrency);
            inFlight.release(concurrency);
            rethrow();
        }

        /** Writes at the rate for the duration; then waits for every write to be seen; the latencies in ms. */
        Run run(int perSecond, Duration duration) throws Exception {
            Collection<Change> ofRun = new ConcurrentLinkedQueue<>();
            seen = ofRun;
            TopicTap tap = new TopicTap(bootstrapServers, this::arrivedOnTopic, failures);
            tap.start();
            long interval = 1_000_000_000L / perSecond;
            long start = System.nanoTime();
            long writes = duration.toNanos() / interval;
            for (long i = 0; i < writes && failures.isEmpty(); i++) {
                long wait = start + i * interval - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                write();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (watchers.values().stream().anyMatch(Watcher::waiting) && System.nanoTime() < deadline && failures.isEmpty()) {
                Thread.sleep(10);
            }
            tap.close();
            rethrow();
            if (ofRun.size() != writes) {
                StringBuilder unseen = new StringBuilder();
                watchers.forEach((capability, watcher) -> watcher.pending.forEach(change -> unseen.append("\n  ").append(capability)
                        .append(' ').append(change.id).append(' ').append(change.annualValue).append(" answered ").append(change.answeredAt != 0)
                        .append(" on topic ").append(change.onTopicAt != 0).append(" shown now ").append(shown(capability, change.id))));
                throw new IllegalStateException((writes - ofRun.size()) + " of " + writes + " writes not seen within 30 s:" + unseen);
            }
            return Run.of(ofRun);
        }

        private String shown(String capability, String id) {
            try {
                PlainHttp.Answer answer = PlainHttp.send("GET", alignment.url("/opportunities/" + capability), Map.of("Authorization", "Bearer " + viewer), null);
                BigDecimal value = answer.status() == 200 ? Watcher.annualValues(answer.body()).get(id) : null;
                return value != null ? value.toPlainString() : "not in the opportunity (" + answer.status() + ")";
            } catch (Exception e) {
                return e.toString();
            }
        }

        private void rethrow() {
            if (!failures.isEmpty()) {
                throw new IllegalStateException("the run failed", failures.get(0));
            }
        }

        private void arrivedOnTopic(String id, BigDecimal annualValue) {
            Change change = latest.get(id);
            if (change != null && change.onTopicAt == 0 && change.annualValue.compareTo(annualValue) == 0) {
                change.onTopicAt = System.nanoTime();
            }
        }

        /** The next contract in turn, with a new annual value, sent by a writer thread, and watched. */
        private void write() {
            int index = next++ % ids.size();
            String id = ids.get(index);
            BigDecimal value = BigDecimal.valueOf(5_000_000L + sequence.incrementAndGet(), 2);
            Change change = new Change(id, value);
            latest.put(id, change);
            watchers.computeIfAbsent(ContractSeeds.capability(index, capabilities), Watcher::new).expect(change);
            writers.execute(() -> {
                if (put(index, value)) {
                    change.answeredAt = System.nanoTime();
                }
            });
        }

        /** PUTs contract {@code index} with the annual value; true once it is answered 200. */
        private boolean put(int index, BigDecimal value) {
            String id = ids.get(index);
            try {
                PlainHttp.Answer answer = PlainHttp.send("PUT", contracts.url("/contracts/" + id), Map.of("Authorization", "Bearer " + admin,
                        "Content-Type", "application/json", "If-Match", "\"" + versions.get(id) + "\""), ContractSeeds.body(index, capabilities, value));
                Matcher version = VERSION.matcher(answer.text());
                if (answer.status() != 200 || !version.find()) {
                    throw new IllegalStateException("PUT " + id + ": " + answer.status() + " " + answer.text());
                }
                versions.put(id, Long.parseLong(version.group(1)));
                return true;
            } catch (Exception e) {
                failures.add(e);
                return false;
            }
        }

        /**
         * One capability's watcher: while writes to it are outstanding, it keeps one request waiting on its opportunity
         * (its ETag in If-None-Match, {@code Prefer: wait}), which alignment-service answers as soon as it changes.
         */
        private final class Watcher implements Runnable {

            private final String capability;
            private final ConcurrentLinkedQueue<Change> pending = new ConcurrentLinkedQueue<>();
            private final Thread thread;
            private String etag;

            Watcher(String capability) {
                this.capability = capability;
                thread = daemon("watch-" + capability).newThread(this);
                thread.start();
            }

            void expect(Change change) {
                pending.add(change);
                LockSupport.unpark(thread);
            }

            boolean waiting() {
                return !pending.isEmpty();
            }

            @Override
            public void run() {
                while (failures.isEmpty()) {
                    if (pending.isEmpty()) {
                        LockSupport.park(this); // until a write to watch
                        continue;
                    }
                    try {
                        Map<String, String> headers = new HashMap<>(Map.of("Authorization", "Bearer " + viewer));
                        if (etag != null) {
                            headers.put("If-None-Match", etag);
                            headers.put("Prefer", WAIT);
                        }
                        PlainHttp.Answer answer = PlainHttp.send("GET", alignment.url("/opportunities/" + capability), headers, null);
                        long now = System.nanoTime();
                        if (answer.status() == 200) {
                            etag = answer.etag();
                            seenIn(annualValues(answer.body()), now);
                        } else if (answer.status() != 304) {
                            throw new IllegalStateException("GET /opportunities/" + capability + ": " + answer.status() + " " + answer.text());
                        }
                    } catch (Exception e) {
                        failures.add(e);
                    }
                }
            }

            /**
             * Each contract's annual value in an opportunity, read by streaming over its JSON: a tree of every answer's
             * 35 KB made this JVM, which hosts the broker too, pause for 11 to 24 ms every few seconds.
             */
            private static Map<String, BigDecimal> annualValues(byte[] opportunity) throws IOException {
                Map<String, BigDecimal> values = new HashMap<>();
                try (JsonParser json = JSON.getFactory().createParser(opportunity)) {
                    String contractId = null;
                    BigDecimal annualValue = null;
                    int depth = 0;
                    for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                        switch (token) {
                            case START_OBJECT -> {
                                if (++depth == 2) { // one of the opportunity's contracts
                                    contractId = null;
                                    annualValue = null;
                                }
                            }
                            case END_OBJECT -> {
                                if (depth-- == 2 && contractId != null && annualValue != null) {
                                    values.put(contractId, annualValue);
                                }
                            }
                            case FIELD_NAME -> {
                                if (depth == 2 && "contractId".equals(json.currentName())) {
                                    contractId = json.nextTextValue();
                                } else if (depth == 2 && "annualValue".equals(json.currentName())) {
                                    json.nextToken();
                                    annualValue = json.getDecimalValue();
                                }
                            }
                            default -> {
                            }
                        }
                    }
                }
                return values;
            }

            /** The writes this opportunity shows: seen now. */
            private void seenIn(Map<String, BigDecimal> values, long now) {
                pending.removeIf(change -> {
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

        private static ThreadFactory daemon(String name) {
            return runnable -> {
                Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            };
        }
    }

    /**
     * Writes at the measured rate, 20 s at a time, until the JIT compilers of every JVM on the path have settled: less
     * than 2% of a core each over the last 20 s (at most ten minutes). A method run once per write becomes hot only
     * after thousands of writes, and the compilers, starved of CPU on two busy cores, take minutes to catch up.
     */
    private static Duration untilCompiled(Writes writes, int perSecond, List<Long> jvms) throws Exception {
        long start = System.nanoTime();
        Duration window = Duration.ofSeconds(20);
        while (System.nanoTime() - start < Duration.ofMinutes(10).toNanos()) {
            double[] before = jvms.stream().mapToDouble(Machine::compilerCpuSeconds).toArray();
            writes.run(perSecond, window);
            double[] after = jvms.stream().mapToDouble(Machine::compilerCpuSeconds).toArray();
            boolean settled = true;
            for (int i = 0; i < after.length; i++) {
                settled &= after[i] - before[i] < 0.02 * window.toSeconds();
            }
            if (settled) {
                break;
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void report(int rows, int perSecond, int seconds, int warmUpWrites, Duration settled, Run run, CpuUse cpu,
            KafkaLatency before, KafkaLatency after)
            throws Exception {
        double[] latencies = run.total();
        Latencies measured = Latencies.of(latencies);
        double p99 = measured.percentile(99);
        double kafkaP99 = (before.p99() + after.p99()) / 2.0;
        System.out.printf("event path: %d contracts over the catalogue's capabilities, %d writes/s for %d s (%d writes), -Xmx512m, Java %s, load %s%n",
                rows, perSecond, seconds, latencies.length, System.getProperty("java.version"), Machine.loadAverage());
        System.out.printf("warm-up: %,d writes as fast as answered, then %d s at the rate until the JIT compilers settled%n",
                warmUpWrites, settled.toSeconds());
        System.out.printf("PUT /contracts/{id} -> GET /opportunities/{capability} shows it: %s%n", measured.summary());
        System.out.printf("  PUT answered: %s%n", Latencies.of(run.answered()).summary());
        System.out.printf("  PUT -> its record read from contract-renewals (read committed): %s%n", Latencies.of(run.toTopic()).summary());
        System.out.printf("  and record read -> GET shows it (projection, planner, the waiting request's answer): %s%n", Latencies.of(run.fromTopic()).summary());
        System.out.printf("CPU per write: %s%n", cpu.perWrite(latencies.length));
        System.out.printf("Kafka EndToEndLatency on the same broker (5,000 x 1 KB, acks=all), before / after: avg %.2f / %.2f ms, "
                + "p50 %.0f / %.0f ms, p99 %.0f / %.0f ms%n", before.average(), after.average(), before.p50(), after.p50(), before.p99(), after.p99());
        System.out.printf("ratio p99 / Kafka's p99: %.1f (target <= 5)%n", p99 / Math.max(kafkaP99, 1));
    }
}
