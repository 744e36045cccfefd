package org.buyonce.benchmarks;

import org.buyonce.events.AssetEventType;
import org.buyonce.events.AssetLifecycleState;
import org.buyonce.events.AssetStatus;
import org.buyonce.events.AssetType;
import org.buyonce.events.ContractEventType;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.Criticality;
import org.buyonce.events.EventJson;
import org.buyonce.events.EventSchemas;
import org.buyonce.events.OptionStatus;
import org.buyonce.events.RenewalType;
import org.buyonce.events.Topics;
import org.buyonce.infra.EmbeddedKafkaBroker;
import org.buyonce.infra.FreePorts;
import org.buyonce.infra.PostgresServer;
import org.buyonce.infra.ServiceProcess;
import org.buyonce.infra.TokenIssuer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Import target (DESIGN.md, issue 17): 100,000 asset rows, then 100,000 contract rows, each in one streaming pass,
 * memory flat, at half the throughput of PostgreSQL's own bulk load or better. Starts each service as packaged with a
 * small heap (128 MB) and its relay off, then, interleaved on emptied tables for a warm-up and a few rounds: the
 * reference, PostgreSQL {@code COPY} of the same rows, their audit rows and their outbox rows (prepared as files
 * beforehand) into the same tables in one transaction; and the import, posting the file over HTTP while the service's
 * heap in use is sampled every 250 ms. Each side's CPU time (the service's, PostgreSQL's) shows what bounds it.
 */
public final class ImportBenchmark {

    private static final Pattern HEAP_USED = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\",id=\"[^\"]+\"\\} ([0-9.E]+)");
    private static final Pattern GC_AFTER = Pattern.compile("Pause Full \\(Diagnostic Command\\) \\d+M->(\\d+)M\\(\\d+M\\)");
    private static final String COUNCILS = "CAM:Cambridge,HDC:Huntingdonshire,SCDC:South Cambridgeshire";
    private static final String[] COUNCIL_CODES = {"CAM", "HDC", "SCDC"};

    public static void main(String[] args) throws Exception {
        Machine.quietLogging();
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path root = Path.of(System.getProperty("buyonce.root", ".")).toAbsolutePath().normalize();
        PostgresServer postgres = PostgresServer.fromEnvironment();
        TokenIssuer tokens = TokenIssuer.temporary();
        String admin = tokens.token("benchmark@buyonce", List.of("admin"), null, Duration.ofHours(1));
        System.out.printf("import benchmark: %d rows, a warm-up and %d rounds interleaved, each service with -Xmx128m, Java %s, load %s%n",
                rows, rounds, System.getProperty("java.version"), Machine.loadAverage());
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            for (Subject subject : List.of(Subject.ASSETS, Subject.CONTRACTS)) {
                measure(subject, rows, rounds, root, postgres, tokens, admin, broker);
            }
        }
    }

    private static void measure(Subject subject, int rows, int rounds, Path root, PostgresServer postgres, TokenIssuer tokens,
            String admin, EmbeddedKafkaBroker broker) throws Exception {
        Path csv = subject.file(rows);
        List<CopyFile> copies = subject.copies(rows);
        String database = "buyonce_" + subject.name + "_benchmark";
        postgres.recreateDatabase(database);
        Path gcLog = root.resolve("benchmarks/target/" + subject.service + "-import-gc.log");
        ServiceProcess service = new ServiceProcess(subject.service, root.resolve(subject.service + "/target/quarkus-app/quarkus-run.jar"),
                FreePorts.one(), root.resolve("benchmarks/target/" + subject.service + "-import.log"));
        service.start(Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", postgres.user(), "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(), "BUYONCE_COUNCILS", COUNCILS,
                "BUYONCE_OUTBOX_RELAY_ENABLED", "false", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKey().toString(),
                "MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER), List.of("-Xmx128m", "-XX:+UseSerialGC", "-Xlog:gc:file=" + gcLog));
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password())) {
            if (!service.awaitReady(Duration.ofMinutes(2))) {
                throw new IllegalStateException(subject.service + " did not start; see " + service.log());
            }
            // HTTP/1.1 as curl or a browser would post a file; the client's default, an h2c upgrade, would stream it
            // through HTTP/2 flow-control windows instead.
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long idleHeap = heapUsed(http, service);
            double[] copyMillis = new double[rounds + 1];
            double[] importMillis = new double[rounds + 1];
            double[] serviceCpuMillis = new double[rounds + 1];
            double[] postgresCpuMillis = new double[rounds + 1];
            double[] copyPostgresCpuMillis = new double[rounds + 1];
            long peakHeap = idleHeap;
            String answer = null;
            for (int round = 0; round <= rounds; round++) { // round 0 warms both up
                subject.empty(connection);
                double copyCpu = Machine.postgresCpuSeconds();
                copyMillis[round] = load(connection, subject.beforeCopy, copies);
                copyPostgresCpuMillis[round] = (Machine.postgresCpuSeconds() - copyCpu) * 1000;
                subject.empty(connection);
                // In the warm-up, a full collection every half second shows the heap the import keeps (its live set).
                HeapSampler sampler = HeapSampler.start(http, service, idleHeap, round == 0);
                double serviceCpu = Machine.cpuSeconds(service.process().pid());
                double postgresCpu = Machine.postgresCpuSeconds();
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.url(subject.path)))
                        .header("Content-Type", "text/csv").header("Authorization", "Bearer " + admin)
                        .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
                importMillis[round] = (System.nanoTime() - start) / 1e6;
                serviceCpuMillis[round] = (Machine.cpuSeconds(service.process().pid()) - serviceCpu) * 1000;
                postgresCpuMillis[round] = (Machine.postgresCpuSeconds() - postgresCpu) * 1000;
                peakHeap = Math.max(peakHeap, sampler.stop());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("the import answered " + response.statusCode() + ": " + response.body());
                }
                answer = "HTTP " + response.statusCode() + " " + response.body();
            }
            long rss = Machine.rssKb(service.process().pid());
            double copyMedian = median(copyMillis);
            double importMedian = median(importMillis);
            System.out.printf("%n%s: %.1f MB file; last answer: %s%n", subject.service, Files.size(csv) / 1e6, answer);
            System.out.printf("  %-70s %26s %8s %8s%n", "", "ms (warm-up) per run", "median", "rows/s");
            System.out.printf("  %-70s %26s %8.0f %8.0f%n", "PostgreSQL COPY of " + subject.copied + ", one transaction",
                    runs(copyMillis), copyMedian, rows * 1000 / copyMedian);
            System.out.printf("  %-70s %26s %8.0f %8.0f%n", "POST " + subject.path + " (CSV over HTTP, checked, with events)",
                    runs(importMillis), importMedian, rows * 1000 / importMedian);
            System.out.printf("  %-70s %26s %8.0f%n", "  CPU of PostgreSQL during the COPY", runs(copyPostgresCpuMillis),
                    median(copyPostgresCpuMillis));
            System.out.printf("  %-70s %26s %8.0f%n", "  CPU of " + subject.service + " during the import", runs(serviceCpuMillis),
                    median(serviceCpuMillis));
            System.out.printf("  %-70s %26s %8.0f%n", "  CPU of PostgreSQL during the import", runs(postgresCpuMillis),
                    median(postgresCpuMillis));
            System.out.printf("  ratio import / COPY throughput: %.2f (target >= 0.5)%n", copyMedian / importMedian);
            System.out.printf("  heap in use: %.0f MB idle, %.0f MB at most during the imports, %d MB at most left by a full "
                    + "collection (limit 128 MB); RSS after them %.0f MB%n", idleHeap / 1e6, peakHeap / 1e6, largestAfterCollection(gcLog), rss / 1e3);
        } finally {
            service.stop(Duration.ofSeconds(20));
            Files.deleteIfExists(csv);
            for (CopyFile copy : copies) {
                Files.deleteIfExists(copy.file());
            }
        }
    }

    /** The heap in use after a full collection asked for (jcmd GC.run), at most, from a {@code -Xlog:gc} log. */
    private static long largestAfterCollection(Path gcLog) throws IOException {
        Matcher after = GC_AFTER.matcher(Files.readString(gcLog));
        long largest = 0;
        while (after.find()) {
            largest = Math.max(largest, Long.parseLong(after.group(1)));
        }
        return largest;
    }

    /** The warm-up in brackets, then the measured rounds. */
    private static String runs(double[] millis) {
        return String.format("(%.0f) ", millis[0])
                + String.join(" ", Arrays.stream(millis).skip(1).mapToObj(m -> String.format("%.0f", m)).toList());
    }

    private static double median(double[] millis) {
        return Latencies.of(Arrays.copyOfRange(millis, 1, millis.length)).median();
    }

    /** Loads the files in one transaction, after the statement that must come first; returns the milliseconds, commit included. */
    private static double load(Connection database, String before, List<CopyFile> copies) throws Exception {
        CopyManager copy = database.unwrap(PGConnection.class).getCopyAPI();
        database.setAutoCommit(false);
        long start = System.nanoTime();
        try {
            if (before != null) {
                try (Statement statement = database.createStatement()) {
                    statement.execute(before);
                }
            }
            for (CopyFile file : copies) {
                try (Reader rows = Files.newBufferedReader(file.file())) {
                    copy.copyIn(file.statement(), rows);
                }
            }
            database.commit();
        } finally {
            database.setAutoCommit(true);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** One table's rows in COPY text format, written before anything is timed. */
    private record CopyFile(String statement, Path file) {
    }

    /**
     * What is imported, and the reference's input: the rows the import writes for its file (each row, its audit row
     * where the service keeps one, its outbox row with the same event JSON), as COPY files.
     */
    private enum Subject {
        ASSETS("asset", "asset-service", "/assets/import", "the asset and outbox rows", null, "asset", "outbox_event"),
        CONTRACTS("contract", "contract-service", "/contracts/import", "the contract, audit and outbox rows",
                "INSERT INTO audit_revision (id, changed_at, actor) VALUES (1, 0, 'benchmark@buyonce')",
                "contract", "contract_aud", "audit_revision", "outbox_event");

        final String name;
        final String service;
        final String path;
        final String copied;
        /** What the reference runs first: the revision its audit rows refer to. */
        final String beforeCopy;
        final List<String> tables;

        Subject(String name, String service, String path, String copied, String beforeCopy, String... tables) {
            this.name = name;
            this.service = service;
            this.path = path;
            this.copied = copied;
            this.beforeCopy = beforeCopy;
            this.tables = List.of(tables);
        }

        void empty(Connection database) throws Exception {
            try (Statement statement = database.createStatement()) {
                statement.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY");
                for (String table : tables) {
                    statement.execute("VACUUM ANALYZE " + table);
                }
            }
        }

        Path file(int rows) throws IOException {
            Path file = Files.createTempFile(name, ".csv");
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                if (this == ASSETS) {
                    out.write("tag,name,type,capability,councils,site,responsibleParty,criticality,monitored,purchaseDate,warrantyEnd,endOfSupport,status,supportingContractId\n");
                    for (int n = 0; n < rows; n++) {
                        out.write(tag(n) + ",Desktop " + n + ",DESKTOP,," + assetCouncils(n)
                                + ",Pathfinder House,3C ICT,NORMAL,yes,2022-01-10,2025-01-10,2028-01-10,IN_USE,\n");
                    }
                } else {
                    out.write("Council,Reference Number,Title of Agreement,Department Responsible,Description of Goods and Services,"
                            + "Supplier Name,Supplier Registration Number,Estimated Annual Spending,Irrecoverable VAT,Start Date,End Date,"
                            + "Review Date,Procurement Process,SME,VCSE,Capability,Notice Period Months,Renewal Type,"
                            + "Renewal Period Months,Extension Options,Participants,Status\n");
                    for (int n = 0; n < rows; n++) {
                        out.write(council(n) + "," + tag(n) + ",Printing and scanning " + n + ",3C ICT Shared Service,,Canon (UK) Ltd,,"
                                + "38000.00,,2024-08-01,2029-03-31,,G-Cloud 13,,,printing,3,FIXED,,12;12,,\n");
                    }
                }
            }
            return file;
        }

        List<CopyFile> copies(int rows) throws IOException {
            Path main = Files.createTempFile(name, ".copy");
            Path audit = this == CONTRACTS ? Files.createTempFile(name + "-aud", ".copy") : null;
            Path events = Files.createTempFile("outbox", ".copy");
            String now = Instant.now().toString();
            String topic = this == ASSETS ? Topics.ASSET_LIFECYCLE : Topics.CONTRACT_RENEWALS;
            String schema = EventSchemas.ofTopic(topic).map(EventSchemas::uri).orElseThrow();
            String type = this == ASSETS ? AssetEventType.CHANGED.cloudEventType() : ContractEventType.CREATED.cloudEventType();
            try (BufferedWriter mainRows = Files.newBufferedWriter(main); BufferedWriter eventRows = Files.newBufferedWriter(events);
                    BufferedWriter auditRows = audit == null ? null : Files.newBufferedWriter(audit)) {
                for (int n = 0; n < rows; n++) {
                    UUID id = UUID.randomUUID();
                    Object event;
                    if (this == ASSETS) {
                        List<String> councils = List.of(assetCouncils(n).split(";"));
                        mainRows.write(String.join("\t", id.toString(), "0", tag(n), "Desktop " + n, "DESKTOP", "\\N",
                                EventJson.write(councils), "Pathfinder House", "3C ICT", "NORMAL", "true", "2022-01-10", "2025-01-10",
                                "2028-01-10", "IN_USE", "\\N", now, now) + "\n");
                        event = new AssetLifecycleState(id, 0, tag(n), "Desktop " + n, AssetType.DESKTOP, null, councils,
                                "Pathfinder House", "3C ICT", Criticality.NORMAL, true, LocalDate.of(2022, 1, 10),
                                LocalDate.of(2025, 1, 10), LocalDate.of(2028, 1, 10), AssetStatus.IN_USE, null);
                    } else {
                        List<ContractRenewalState.ExtensionOption> options = List.of(
                                new ContractRenewalState.ExtensionOption(12, OptionStatus.AVAILABLE),
                                new ContractRenewalState.ExtensionOption(12, OptionStatus.AVAILABLE));
                        String row = String.join("\t", id.toString(), "0", council(n), tag(n), "Printing and scanning " + n, "\\N",
                                "3C ICT Shared Service", "Canon (UK) Ltd", "\\N", "\\N", "\\N", "printing", "2024-08-01", "2029-03-31",
                                EventJson.write(options), "3", "2028-12-31", "FIXED", "\\N", "38000.00", "\\N", "G-Cloud 13",
                                "ACTIVE", "\\N", "[]", "CREATED", now, now);
                        mainRows.write(row + "\n");
                        auditRows.write("1\t0\t" + row + "\n");
                        event = new ContractRenewalState(id, 0, council(n), tag(n), "Printing and scanning " + n,
                                new ContractRenewalState.Supplier("Canon (UK) Ltd", null), "printing", LocalDate.of(2024, 8, 1),
                                LocalDate.of(2029, 3, 31), options, 3, LocalDate.of(2028, 12, 31), RenewalType.FIXED, null,
                                LocalDate.of(2031, 3, 31), new BigDecimal("38000.00"), "G-Cloud 13", ContractStatus.ACTIVE, List.of());
                    }
                    eventRows.write(String.join("\t", UUID.randomUUID().toString(), topic, id.toString(), type,
                            EventJson.write(event).replace("\\", "\\\\"), schema, "\\N", "\\N") + "\n");
                }
            }
            List<CopyFile> copies = new ArrayList<>();
            if (this == ASSETS) {
                copies.add(new CopyFile("COPY asset (id, version, tag, name, type, capability, councils, site, responsible_party, "
                        + "criticality, monitored, purchase_date, warranty_end, end_of_support, status, supporting_contract_id, "
                        + "created_at, updated_at) FROM STDIN", main));
            } else {
                String columns = "id, version, council, reference, title, description, department, supplier_name, "
                        + "supplier_company_number, supplier_sme, supplier_vcse, capability, start_date, end_date, extension_options, "
                        + "notice_period_months, notice_deadline, renewal_type, renewal_period_months, annual_value, irrecoverable_vat, "
                        + "procurement_route, status, termination_reason, participants, last_change, created_at, updated_at";
                copies.add(new CopyFile("COPY contract (" + columns + ") FROM STDIN", main));
                copies.add(new CopyFile("COPY contract_aud (rev, revtype, " + columns + ") FROM STDIN", audit));
            }
            copies.add(new CopyFile("COPY outbox_event (id, aggregatetype, aggregateid, type, payload, dataschema, traceparent, "
                    + "tracestate) FROM STDIN", events));
            return copies;
        }

        private static String tag(int n) {
            return "BENCH-" + n;
        }

        private static String assetCouncils(int n) {
            return n % 3 == 0 ? "CAM" : "HDC;SCDC";
        }

        private static String council(int n) {
            return COUNCIL_CODES[n % COUNCIL_CODES.length];
        }
    }

    /**
     * Samples the service's heap in use every 250 ms until stopped, and answers the largest sample; when asked, also has
     * the service collect its heap in full every 500 ms.
     */
    private static final class HeapSampler {

        private final AtomicLong peak;
        private final Thread thread;

        private HeapSampler(AtomicLong peak, Thread thread) {
            this.peak = peak;
            this.thread = thread;
        }

        static HeapSampler start(HttpClient http, ServiceProcess service, long initial, boolean collect) {
            AtomicLong peak = new AtomicLong(initial);
            Thread thread = new Thread(() -> {
                for (long n = 0; !Thread.currentThread().isInterrupted(); n++) {
                    try {
                        peak.accumulateAndGet(heapUsed(http, service), Math::max);
                        if (collect && n % 2 == 1) {
                            Machine.jcmd(service.process().pid(), "GC.run");
                        }
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
