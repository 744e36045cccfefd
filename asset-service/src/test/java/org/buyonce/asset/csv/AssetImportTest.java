package org.buyonce.asset.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.asset.AssetJson;
import org.buyonce.asset.Catalogue;
import org.buyonce.events.AssetEventType;
import org.buyonce.events.AsyncApiContract;
import org.buyonce.events.CloudEventHeaders;
import org.buyonce.events.Topics;
import org.buyonce.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class AssetImportTest {

    static final String HEADER = AssetJson.CSV_HEADER;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource database;

    private final String prefix = "IMP-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void catalogue() {
        Catalogue.ensurePublished(bootstrapServers);
    }

    private String row(int n, String councils) {
        return prefix + "-" + n + ",Desktop " + n + ",DESKTOP,end-user-devices," + councils + ",Pathfinder House,3C ICT,NORMAL,yes,"
                + "2022-01-10,2025-01-10,2028-01-10,IN_USE,";
    }

    @Test
    void aGoodFileImportsEveryRowAndATagAlreadyThereIsUpdated() {
        String csv = HEADER + "\n" + row(1, "CAM") + "\n" + row(2, "CAM;HDC;SCDC") + "\n"
                + "\"" + prefix + "-3\",\"Chiller, server room\",FACILITY,hosting,SCDC,South Cambridgeshire Hall,,CRITICAL,no,,,,IN_USE,\n";

        importCsv(csv).statusCode(200).body("rows", equalTo(3)).body("created", equalTo(3)).body("updated", equalTo(0));
        importCsv(HEADER + "\n" + row(1, "HDC") + "\n").statusCode(200).body("created", equalTo(0)).body("updated", equalTo(1));

        given().queryParam("site", "Pathfinder").queryParam("council", "HDC").queryParam("size", 100).get("/assets").then()
                .body("items.tag", hasItems(prefix + "-1", prefix + "-2"));
        String chiller = given().queryParam("size", 100).queryParam("type", "FACILITY").get("/assets").then()
                .extract().path("items.find { it.tag == '" + prefix + "-3' }.name");
        assertThat(chiller).isEqualTo("Chiller, server room");
    }

    @Test
    void anImportedAssetIsStoredAsWrittenWithItsFirstVersionAndOneEventCarryingIt() throws Exception {
        String name = "Scanner \\\\fs01\\scans \"east\" \\N";
        String site = prefix + " Print Room";
        importCsv(HEADER + "\n" + prefix + "-1,\"" + name.replace("\"", "\"\"") + "\",PRINTER,end-user-devices,CAM;HDC," + site + ",,HIGH,no,"
                + "2023-04-01,,2029-03-31,LEGACY,\n").statusCode(200).body("created", equalTo(1));

        var asset = given().queryParam("site", site).get("/assets").then().statusCode(200).extract().jsonPath();
        assertThat(asset.getString("items[0].name")).isEqualTo(name);
        assertThat(asset.getInt("items[0].version")).isZero();
        assertThat(asset.getList("items[0].councils")).containsExactly("CAM", "HDC");
        assertThat(asset.getString("items[0].endOfSupport")).isEqualTo("2029-03-31");
        assertThat(asset.getString("items[0].status")).isEqualTo("LEGACY");
        assertThat(asset.getString("items[0].responsibleParty")).isNull();

        importCsv(HEADER + "\n" + prefix + "-1,Scanner,PRINTER,end-user-devices,CAM;HDC," + site + ",,HIGH,no,2023-04-01,,2029-03-31,LEGACY,\n")
                .statusCode(200).body("updated", equalTo(1));

        String id = asset.getString("items[0].id");
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.ASSET_LIFECYCLE)) {
            List<ConsumerRecord<String, byte[]>> records = reader.awaitCount(id, 2, Duration.ofSeconds(30));

            assertThat(records).hasSize(2);
            JsonNode created = new ObjectMapper().readTree(records.get(0).value());
            assertThat(created.get("version").asInt()).isZero();
            assertThat(created.get("name").asText()).isEqualTo(name);
            assertThat(created.get("councils").toString()).isEqualTo("[\"CAM\",\"HDC\"]");
            assertThat(created.get("purchaseDate").asText()).isEqualTo("2023-04-01");
            assertThat(new ObjectMapper().readTree(records.get(1).value()).get("version").asInt()).isEqualTo(1);
            for (ConsumerRecord<String, byte[]> record : records) {
                assertThat(AsyncApiContract.load().violations(record.topic(), TopicReader.headers(record), record.value())).isEmpty();
                assertThat(TopicReader.header(record, CloudEventHeaders.TYPE)).isEqualTo(AssetEventType.CHANGED.cloudEventType());
            }
        }
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEachBadLine() {
        int before = total();
        String csv = HEADER + "\n"
                + row(1, "CAM") + "\n"
                + row(2, "XYZ") + "\n"                                                       // line 3: unknown council
                + prefix + "-3,Phone,TELEPHONY,telephony,SCDC,,,CRITICAL,maybe,2020-01-01,2019-01-01,,,\n" // line 4
                + row(1, "HDC") + "\n"                                                       // line 5: tag repeated
                + row(6, "SCDC") + "\n";

        importCsv(csv).statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("3 of 5 rows are invalid; nothing was imported"))
                .body("errors.line", hasItems(3, 4, 5))
                .body("errors.find { it.line == 3 }.field", equalTo("councils[0]"))
                .body("errors.findAll { it.line == 4 }.field", hasItems("monitored", "warrantyEnd"))
                .body("errors.find { it.line == 5 }.message", containsString("appears earlier in the file"));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void theSampleRegisterInTheRepositoryImports() throws IOException {
        String sample = Files.readString(Path.of("samples/asset-register.csv"));

        importCsv(sample).statusCode(200).body("rows", equalTo(9));
        given().queryParam("rule", "NOT_MONITORED").queryParam("council", "SCDC").queryParam("size", 100).get("/risks").then()
                .body("items.tag", hasItems("SCDC-FAC-0001", "SCDC-APP-0007"));
    }

    @Test
    void aFileInAnotherLayoutIsRefused() {
        importCsv("asset,description\nA1,thing\n").statusCode(400).body("errors.line", hasItems(1))
                .body("errors.field", hasItems("tag", "asset"));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
        int before = total();
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1]; // the test limit is 20 MiB
        java.util.Arrays.fill(tooLarge, (byte) 'x');

        given().contentType("text/csv").body(tooLarge).post("/assets/import").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("at most 20971520 bytes"));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void anExportIsUtf8ForSpreadsheetsAndImportsBackWithoutWritingAnything() {
        String site = prefix + " House";
        importCsv(HEADER + "\n" + row(1, "CAM;SCDC").replace("Pathfinder House", site) + "\n"
                + row(2, "HDC").replace("Pathfinder House", site) + "\n").statusCode(200);
        var response = given().queryParam("site", site).get("/assets/export").then().statusCode(200)
                .contentType("text/csv;charset=utf-8").header("Content-Disposition", containsString("asset-register.csv"));
        byte[] exported = response.extract().asByteArray();
        String text = new String(exported, StandardCharsets.UTF_8);
        long versions = versionsAt(site);
        long eventsBefore = outboxSequence();

        assertThat(text).startsWith("\uFEFF" + HEADER).contains(prefix
                + "-1,Desktop 1,DESKTOP,end-user-devices,CAM;SCDC," + site + ",3C ICT,NORMAL,yes,2022-01-10,2025-01-10,2028-01-10,IN_USE,");
        importCsv(text).statusCode(200).body("rows", equalTo(2)).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(2));
        assertThat(versionsAt(site)).as("no new version").isEqualTo(versions);
        assertThat(outboxSequence()).as("no event").isEqualTo(eventsBefore);
    }

    @Test
    void aCellASpreadsheetWouldRunIsNeutralisedInTheExportAndRestoredOnImport() throws IOException {
        List<String> formulas = List.of("=HYPERLINK(\"http://evil.example/\",\"click\")", "+cmd|' /C calc'!A0", "-2+3",
                "@SUM(A1:A9)", "'=already quoted");
        for (int n = 0; n < formulas.size(); n++) {
            var asset = AssetJson.valid();
            asset.put("tag", prefix + "-F" + n);
            asset.put("name", formulas.get(n));
            asset.put("site", prefix + " Formula House");
            AssetJson.create(asset);
        }

        String exported = given().queryParam("site", prefix + " Formula House").get("/assets/export").then().statusCode(200).extract().asString();
        List<String> names = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(exported.substring(1)))) {
            parser.forEach(record -> names.add(record.get("name")));
        }

        assertThat(names).hasSize(formulas.size()).allSatisfy(name -> assertThat(name).startsWith("'"))
                .containsExactlyInAnyOrder("'=HYPERLINK(\"http://evil.example/\",\"click\")", "'+cmd|' /C calc'!A0", "'-2+3",
                        "'@SUM(A1:A9)", "''=already quoted");
        importCsv(exported).statusCode(200).body("unchanged", equalTo(formulas.size()));
        List<String> stored = given().queryParam("site", prefix + " Formula House").queryParam("size", 100).get("/assets").then()
                .extract().path("items.name");
        assertThat(stored).containsExactlyInAnyOrderElementsOf(formulas);
    }

    @Test
    void aHundredThousandRowFileImportsInOnePass() throws IOException {
        Path file = Files.createTempFile("register", ".csv");
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int n = 0; n < 100_000; n++) {
            csv.append(row(n, n % 3 == 0 ? "CAM" : "HDC;SCDC")).append('\n');
        }
        Files.writeString(file, csv);
        int before = total();

        try (InputStream body = Files.newInputStream(file)) {
            given().contentType("text/csv").body(body).post("/assets/import").then().statusCode(200)
                    .body("rows", equalTo(100_000)).body("created", equalTo(100_000));
        }
        assertThat(total()).isEqualTo(before + 100_000);
        Files.delete(file);
    }

    private static io.restassured.response.ValidatableResponse importCsv(String csv) {
        return given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/assets/import").then();
    }

    /** The sum of the versions of the assets at a site. */
    private static long versionsAt(String site) {
        List<Integer> versions = given().queryParam("site", site).queryParam("size", 100).get("/assets").then().extract()
                .path("items.version");
        return versions.stream().mapToLong(Integer::longValue).sum();
    }

    private long outboxSequence() {
        try (var connection = database.getConnection(); var statement = connection.createStatement();
                var row = statement.executeQuery("SELECT coalesce(last_value, 0) FROM pg_sequences WHERE sequencename = 'outbox_event_sequence_seq'")) {
            row.next();
            return row.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int total() {
        return given().queryParam("size", 1).get("/assets").then().extract().path("totalItems");
    }
}
