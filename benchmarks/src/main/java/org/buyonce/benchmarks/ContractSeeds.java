package org.buyonce.benchmarks;

import org.buyonce.infra.PostgresServer;
import org.buyonce.infra.ServiceProcess;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contracts recorded through contract-service's API, as an officer would, for the benchmarks that read or change them;
 * and rows shaped like them for the reference apps.
 */
final class ContractSeeds {

    static final String COUNCILS = "CAM:Cambridge City Council,HDC:Huntingdonshire District Council,SCDC:South Cambridgeshire District Council";
    static final String[] COUNCIL_CODES = {"CAM", "HDC", "SCDC"};
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([a-z0-9-]+)\"");

    private ContractSeeds() {
    }

    /** The catalogue's capability codes. */
    static List<String> capabilities(ServiceProcess contracts, String admin) throws Exception {
        String catalogue = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(contracts.url("/capabilities?size=100")))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString()).body();
        return CODE.matcher(catalogue).results().map(m -> m.group(1)).toList();
    }

    static String capability(int index, List<String> capabilities) {
        return capabilities.get(index % capabilities.size());
    }

    /** Contract {@code index}'s body, with its annual value: councils and capabilities taken in turn, ends over five years. */
    static String body(int index, List<String> capabilities, BigDecimal annualValue) {
        LocalDate end = LocalDate.of(2027, 1, 31).plusMonths(index % 60);
        return """
                {"council":"%s","reference":"BENCH-%d","title":"Benchmark contract %d","supplier":{"name":"Supplier %d Ltd"},
                 "capability":"%s","startDate":"2022-04-01","endDate":"%s","extensionOptions":[{"months":12}],
                 "noticePeriodMonths":3,"renewalType":"FIXED","annualValue":%s}""".formatted(COUNCIL_CODES[index % 3], index, index,
                index % 50, capability(index, capabilities), end, annualValue.toPlainString());
    }

    /** Records {@code rows} contracts; their ids in order. */
    static List<String> record(ServiceProcess contracts, String admin, List<String> capabilities, int rows) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> ids = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(contracts.url("/contracts")))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(i, capabilities, BigDecimal.valueOf(10_000 + 37L * i, 0))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(created.body());
            if (created.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("cannot record a contract: " + created.statusCode() + " " + created.body());
            }
            ids.add(id.group(1));
        }
        return ids;
    }

    /** Until alignment-service has applied this many contract-renewals records. */
    static void awaitProjected(ServiceProcess alignment, long changes) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Pattern applied = Pattern.compile("^buyonce_consumer_records_total\\{topic=\"contract-renewals\"} ([0-9.E]+)", Pattern.MULTILINE);
        for (long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos(); System.nanoTime() < deadline; Thread.sleep(500)) {
            Matcher value = applied.matcher(http.send(HttpRequest.newBuilder(URI.create(alignment.url("/q/metrics"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (value.find() && Double.parseDouble(value.group(1)) >= changes) {
                return;
            }
        }
        throw new IllegalStateException("alignment-service did not apply " + changes + " changes; see " + alignment.log());
    }

    /** Rows shaped like contracts in a reference app's item table, written directly: its ids. */
    static List<String> items(PostgresServer postgres, String database, int rows) throws Exception {
        List<String> ids = new ArrayList<>(rows);
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password());
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO item (id, version, council, reference, title, description, supplier_name, capability, start_date,
                            end_date, notice_period_months, notice_deadline, annual_value, status) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 3, ?, ?, 'ACTIVE')""")) {
            for (int i = 0; i < rows; i++) {
                UUID id = UUID.randomUUID();
                LocalDate end = LocalDate.of(2027, 1, 31).plusMonths(i % 60);
                insert.setObject(1, id);
                insert.setString(2, COUNCIL_CODES[i % 3]);
                insert.setString(3, "BENCH-" + i);
                insert.setString(4, "Benchmark contract " + i);
                insert.setString(5, null);
                insert.setString(6, "Supplier " + (i % 50) + " Ltd");
                insert.setString(7, "telephony");
                insert.setObject(8, LocalDate.of(2022, 4, 1));
                insert.setObject(9, end);
                insert.setObject(10, end.minusMonths(3));
                insert.setBigDecimal(11, BigDecimal.valueOf(10_000 + 37L * i, 0));
                insert.addBatch();
                ids.add(id.toString());
            }
            insert.executeBatch();
        }
        return ids;
    }
}
