package org.buyonce.contract.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.contract.ContractJson;
import org.buyonce.events.AsyncApiContract;
import org.buyonce.events.CloudEventHeaders;
import org.buyonce.events.ContractEventType;
import org.buyonce.events.Topics;
import org.buyonce.testing.TopicReader;
import org.buyonce.testing.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Contracts in and out as the Transparency Code CSV: exact round trips, every bad line named, nothing half-done. */
@QuarkusTest
class ContractImportTest {

    private static final String HEADER = String.join(",", ContractCsv.COLUMNS);
    private static final List<String> DERIVED = List.of(ContractCsv.REVIEW, ContractCsv.REPLACED_BY, ContractCsv.STATUS);

    @Inject
    AgroalDataSource database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String prefix = "CSV-" + UUID.randomUUID().toString().substring(0, 8);

    /** A valid row of SCDC's, with some columns replaced. */
    private String row(String reference, Map<String, String> changes) {
        Map<String, String> cells = new LinkedHashMap<>();
        ContractCsv.COLUMNS.forEach(column -> cells.put(column, ""));
        cells.putAll(Map.of(ContractCsv.COUNCIL, "SCDC", ContractCsv.REFERENCE, reference, ContractCsv.TITLE, "Printing and scanning",
                ContractCsv.SUPPLIER, "Canon (UK) Ltd", ContractCsv.ANNUAL_SPEND, "38000.00", ContractCsv.START, "2024-08-01",
                ContractCsv.END, "2029-03-31", ContractCsv.CAPABILITY, "printing", ContractCsv.NOTICE, "3", ContractCsv.RENEWAL, "FIXED"));
        cells.putAll(changes);
        return cells.values().stream().map(v -> v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v)
                .collect(Collectors.joining(","));
    }

    @Test
    void theSampleFileImportsAndEveryContractExportsAndImportsBackWithoutAChange() throws IOException {
        String sample = Files.readString(Path.of("samples/contracts-transparency.csv"));
        importCsv(sample).statusCode(200).body("rows", equalTo(37));

        byte[] exported = given().get("/contracts/export").then().statusCode(200).contentType("text/csv;charset=utf-8")
                .header("Content-Disposition", containsString("contracts.csv")).extract().asByteArray();
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + HEADER + "\r\n");
        Map<String, CSVRecord> out = parse(text.substring(1));
        for (CSVRecord in : parse(sample.substring(1)).values()) {
            CSVRecord written = out.get(in.get(ContractCsv.COUNCIL) + "/" + in.get(ContractCsv.REFERENCE));
            for (String column : ContractCsv.COLUMNS) {
                if (!DERIVED.contains(column)) {
                    assertThat(written.get(column)).as(in.get(ContractCsv.REFERENCE) + " " + column).isEqualTo(in.get(column));
                }
            }
        }
        assertThat(out.get("HDC/HDC-ICT-031").get(ContractCsv.PARTICIPANTS)).isEqualTo("CAM:33.33;HDC:33.34;SCDC:33.33");
        assertThat(out.get("SCDC/SCDC-ICT-001").get(ContractCsv.REVIEW)).as("its notice deadline").isEqualTo("2027-02-28");
        assertThat(out.get("CAM/CAM-ICT-014").get(ContractCsv.STATUS)).isEqualTo("ACTIVE");

        long events = outboxSequence();
        importCsv(text).statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(out.size()));
        assertThat(outboxSequence()).as("no event").isEqualTo(events);
        assertThat(given().get("/contracts/export").then().extract().asString()).isEqualTo(text);
    }

    @Test
    void aKnownCouncilAndReferenceUpdatesThatContractAndItsEventFollows() {
        importCsv(HEADER + "\n" + row(prefix, Map.of()) + "\n").statusCode(200).body("created", equalTo(1));
        long events = outboxSequence();

        importCsv(HEADER + "\n" + row(prefix, Map.of(ContractCsv.ANNUAL_SPEND, "39500.50", ContractCsv.OPTIONS, "12:EXERCISED;12",
                ContractCsv.SME, "yes", ContractCsv.DESCRIPTION, "Print, scan\nand copy"))).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1));

        var contract = given().queryParam("council", "SCDC").queryParam("size", 100).get("/contracts").then().extract()
                .jsonPath().getMap("items.find { it.reference == '" + prefix + "' }");
        assertThat(contract.get("version")).isEqualTo(1);
        assertThat(contract.get("annualValue")).isEqualTo(39500.5f);
        assertThat(contract.get("description")).isEqualTo("Print, scan\nand copy");
        assertThat(contract.get("extensionOptions").toString()).isEqualTo("[{months=12, status=EXERCISED}, {months=12, status=AVAILABLE}]");
        assertThat(outboxSequence()).as("one event").isEqualTo(events + 1);
    }

    @Test
    void aCellASpreadsheetWouldRunIsNeutralisedInTheExportAndRestoredOnImport() {
        String supplier = prefix + " Formula Ltd";
        Map<String, Object> body = ContractJson.valid();
        body.put("title", "=HYPERLINK(\"http://evil.example/\",\"Open\")");
        body.put("department", "@SUM(A1:A9)");
        body.put("procurementRoute", "+cmd|' /C calc'!A0");
        body.put("supplier", Map.of("name", supplier));
        String id = ContractJson.create(body);

        String exported = given().queryParam("supplier", supplier).get("/contracts/export").then().statusCode(200).extract().asString();
        CSVRecord row = parse(exported.substring(1)).values().iterator().next();

        assertThat(row.get(ContractCsv.TITLE)).isEqualTo("'=HYPERLINK(\"http://evil.example/\",\"Open\")");
        assertThat(row.get(ContractCsv.DEPARTMENT)).isEqualTo("'@SUM(A1:A9)");
        assertThat(row.get(ContractCsv.PROCESS)).isEqualTo("'+cmd|' /C calc'!A0");
        importCsv(exported).statusCode(200).body("unchanged", equalTo(1));
        given().get("/contracts/{id}", id).then().body("title", equalTo("=HYPERLINK(\"http://evil.example/\",\"Open\")"))
                .body("version", equalTo(0));
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEachLineAndColumn() {
        int before = total();
        String csv = HEADER + "\n"
                + row(prefix + "-1", Map.of()) + "\n"
                + row(prefix + "-2", Map.of(ContractCsv.START, "01/08/2024", ContractCsv.CAPABILITY, "teleportation")) + "\n"
                + row(prefix + "-3", Map.of(ContractCsv.PARTICIPANTS, "SCDC:50;HDC:40")) + "\n"
                + row(prefix + "-4", Map.of(ContractCsv.ANNUAL_SPEND, "£38,000", ContractCsv.OPTIONS, "a year")) + "\n"
                + row(prefix + "-1", Map.of()) + "\n";

        importCsv(csv).statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("4 of 5 rows are invalid; nothing was imported"))
                .body("errors.findAll { it.line == 3 }.field", hasItems(ContractCsv.START, ContractCsv.CAPABILITY))
                .body("errors.find { it.line == 4 }.field", equalTo(ContractCsv.PARTICIPANTS))
                .body("errors.findAll { it.line == 5 }.field", hasItems(ContractCsv.ANNUAL_SPEND, ContractCsv.OPTIONS))
                .body("errors.find { it.line == 6 }.message", containsString("appears earlier in the file"));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void anOfficerImportsTheirOwnCouncilsContractsOnly() {
        int before = total();
        String mixed = HEADER + "\n" + row(prefix + "-1", Map.of(ContractCsv.COUNCIL, "CAM")) + "\n"
                + row(prefix + "-2", Map.of(ContractCsv.COUNCIL, "HDC")) + "\n" + row(prefix + "-3", Map.of(ContractCsv.COUNCIL, "SCDC")) + "\n";

        importCsv(mixed, Tokens.officer("CAM")).statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("an officer of CAM imports only its own council's contracts; lines 3, 4 are another "
                        + "council's; nothing was imported"))
                .body("errors.line", hasItems(3, 4));
        assertThat(total()).isEqualTo(before);

        importCsv(HEADER + "\n" + row(prefix + "-1", Map.of(ContractCsv.COUNCIL, "CAM")) + "\n", Tokens.officer("CAM"))
                .statusCode(200).body("created", equalTo(1));
        importCsv(HEADER + "\n" + row(prefix + "-9", Map.of()) + "\n", Tokens.viewer()).statusCode(403);
    }

    @Test
    void aFileInAnotherLayoutIsRefusedAtItsHeader() {
        importCsv("Reference Number,Title of Agreement,Colour\nX-1,Thing,red\n").statusCode(400)
                .body("errors.line", hasItems(1)).body("errors.field", hasItems(ContractCsv.COUNCIL, ContractCsv.CAPABILITY, "Colour"));
    }

    @Test
    void aFileOfNewAndKnownContractsWritesBothInOneRevisionWithTheirHistoryAndEvents() throws IOException {
        importCsv(HEADER + "\n" + row(prefix + "-A", Map.of()) + "\n").statusCode(200).body("created", equalTo(1));

        importCsv(HEADER + "\n" + row(prefix + "-A", Map.of(ContractCsv.ANNUAL_SPEND, "40000.00")) + "\n"
                + row(prefix + "-B", Map.of(ContractCsv.OPTIONS, "12;24", ContractCsv.PARTICIPANTS, "CAM:50;SCDC:50",
                        ContractCsv.DESCRIPTION, "Print\tand scan\nC:\\share")) + "\n", Tokens.officer("SCDC"))
                .statusCode(200).body("created", equalTo(1)).body("updated", equalTo(1));

        var items = given().queryParam("council", "SCDC").queryParam("size", 100).get("/contracts").then().extract().jsonPath();
        String a = items.getString("items.find { it.reference == '" + prefix + "-A' }.id");
        String b = items.getString("items.find { it.reference == '" + prefix + "-B' }.id");
        given().get("/contracts/{id}", b).then().statusCode(200)
                .body("version", equalTo(0)).body("status", equalTo("ACTIVE"))
                .body("description", equalTo("Print\tand scan\nC:\\share"))
                .body("noticeDeadline", equalTo("2028-12-31")).body("latestPossibleEnd", equalTo("2032-03-31"))
                .body("extensionOptions.months", contains(12, 24)).body("extensionOptions.status", contains("AVAILABLE", "AVAILABLE"))
                .body("participants.council", contains("CAM", "SCDC")).body("participants.sharePercent", contains(50.0f, 50.0f))
                .body("annualValue", equalTo(38000.0f));

        var created = given().get("/contracts/{id}/history", b).then().statusCode(200)
                .body("type", contains("CREATED")).body("version", contains(0))
                .body("changedBy", contains("officer.scdc@test")).body("[0].changes.field", hasItems("reference", "participants"))
                .extract().jsonPath();
        given().get("/contracts/{id}/history", a).then().statusCode(200)
                .body("type", contains("CREATED", "CHANGED")).body("[1].changedBy", equalTo("officer.scdc@test"))
                .body("[1].changedAt", equalTo(created.getString("[0].changedAt")));

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CONTRACT_RENEWALS)) {
            List<ConsumerRecord<String, byte[]>> records = reader.awaitCount(b, 1, Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
            ConsumerRecord<String, byte[]> record = records.get(0);
            assertThat(TopicReader.header(record, CloudEventHeaders.TYPE)).isEqualTo(ContractEventType.CREATED.cloudEventType());
            assertThat(AsyncApiContract.load().violations(record.topic(), TopicReader.headers(record), record.value())).isEmpty();
            JsonNode event = new ObjectMapper().readTree(record.value());
            assertThat(event.get("version").asInt()).isZero();
            assertThat(event.get("noticeDeadline").asText()).isEqualTo("2028-12-31");
            assertThat(event.get("participants").findValuesAsText("council")).containsExactly("CAM", "SCDC");
            assertThat(event.get("participants").get(1).get("sharePercent").decimalValue()).isEqualByComparingTo("50");
        }
    }

    @Test
    void aTerminatedContractCannotBeChangedByAFile() {
        String id = ContractJson.create(ContractJson.with("reference", prefix));
        given().contentType("application/json").header("If-Match", ContractJson.etag(id))
                .body(Map.of("terminationDate", "2029-09-30")).post("/contracts/{id}/terminate", id).then().statusCode(200);
        String exported = given().queryParam("supplier", "Gamma").queryParam("status", "TERMINATED").get("/contracts/export")
                .then().extract().asString();
        String ours = exported.lines().filter(line -> line.contains(prefix)).findFirst().orElseThrow();

        importCsv(HEADER + "\n" + ours + "\n").statusCode(200).body("unchanged", equalTo(1));
        importCsv(HEADER + "\n" + ours.replace("Telephony platform", "Renamed") + "\n").statusCode(400)
                .body("errors[0].line", equalTo(2)).body("detail", containsString("is terminated and can no longer change"));
    }

    private static ValidatableResponse importCsv(String csv) {
        return importCsv(csv, Tokens.admin());
    }

    private static ValidatableResponse importCsv(String csv, String token) {
        return given().header("Authorization", "Bearer " + token).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/contracts/import").then();
    }

    /** The rows by council/reference. */
    private static Map<String, CSVRecord> parse(String csv) {
        Map<String, CSVRecord> rows = new HashMap<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            parser.forEach(r -> rows.put(r.get(ContractCsv.COUNCIL) + "/" + r.get(ContractCsv.REFERENCE), r));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static int total() {
        return given().queryParam("size", 1).get("/contracts").then().extract().path("totalItems");
    }

    private long outboxSequence() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT coalesce(last_value, 0) FROM pg_sequences WHERE sequencename = 'outbox_event_sequence_seq'")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
