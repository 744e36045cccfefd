package org.buyonce.contract.notice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.buyonce.contract.ContractJson;
import org.buyonce.contract.TestClock;
import org.buyonce.testing.OcdsSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.buyonce.contract.ContractJson.actContract;
import static org.buyonce.contract.ContractJson.create;
import static org.buyonce.contract.ContractJson.etag;
import static org.buyonce.contract.ContractJson.option;
import static org.buyonce.contract.ContractJson.valid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The notices owed, as an officer finds, reads and records them over the API. */
@QuarkusTest
class NoticeResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anActContractShowsItsValueAndThresholdAndAnOfficerRecordsItsDetailsNotice() {
        clock.setToday(LocalDate.of(2026, 3, 10));
        String id = create(actContract());

        given().get("/contracts/{id}", id).then().statusCode(200)
                .body("regime", equalTo("PA2023")).body("enteredIntoOn", equalTo("2026-03-01"))
                .body("awardedMaximumEnd", equalTo("2029-02-28")).body("vatRate", equalTo(20.0f))
                .body("estimatedValue.net", equalTo(300273.97f)).body("estimatedValue.gross", equalTo(360328.76f))
                .body("aboveThreshold", equalTo(true));
        given().get("/contracts/{id}/notices", id).then().statusCode(200)
                .body("type", contains("UK7", "UK11")).body("dueOn", contains("2026-03-31", "2028-03-30"))
                .body("status", contains("DUE", "DUE")).body("[0].daysLeft", equalTo(21))
                .body("[0].missing", contains("the supplier's Public Procurement Organisation Number (supplier.ppon)"));
        given().queryParam("council", "CAM").queryParam("within", "P1M").get("/notices").then().statusCode(200)
                .body("items.findAll { it.contractId == '" + id + "' }.type", contains("UK7"));

        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("type", "UK7", "publishedOn", "2026-03-09", "noticeId", "2026/S 000-012345",
                        "url", "https://www.find-tender.service.gov.uk/Notice/012345-2026"))
                .post("/contracts/{id}/notices", id).then().statusCode(200)
                .body("type", equalTo("UK7")).body("status", equalTo("PUBLISHED")).body("publication.noticeId", equalTo("2026/S 000-012345"));

        given().queryParam("council", "CAM").get("/notices").then().statusCode(200)
                .body("items.findAll { it.contractId == '" + id + "' }.type", contains("UK11"));
        given().queryParam("council", "CAM").queryParam("status", "PUBLISHED").get("/notices").then().statusCode(200)
                .body("items.findAll { it.contractId == '" + id + "' }.type", contains("UK7"));
        given().get("/contracts/{id}", id).then().body("version", equalTo(1));
    }

    @Test
    void anUnpublishedDetailsNoticeIsOverdueAfterThirtyDaysAndItsDueDateIsADeadline() {
        clock.setToday(LocalDate.of(2026, 3, 10));
        String id = create(actContract());

        given().queryParam("council", "CAM").queryParam("within", "P30D").get("/contracts/deadlines").then().statusCode(200)
                .body("items.findAll { it.contractId == '" + id + "' }.kind", contains("STATUTORY_NOTICE"))
                .body("items.findAll { it.contractId == '" + id + "' }.action",
                        contains("Publish the contract details notice (UK7) on Find a Tender"));
        clock.setToday(LocalDate.of(2026, 4, 1));
        given().get("/contracts/{id}/notices", id).then().body("[0].status", equalTo("OVERDUE")).body("[0].daysLeft", equalTo(-1));
    }

    @Test
    void extendingAnActContractBeyondATenthOfItsTermOwesAChangeNoticeTheSameDay() {
        clock.setToday(LocalDate.of(2026, 6, 1));
        Map<String, Object> contract = actContract();
        String id = create(contract);
        contract.put("endDate", "2028-06-18"); // 110 days later: more than a tenth of 1,096

        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(contract).put("/contracts/{id}", id)
                .then().statusCode(200);

        given().get("/contracts/{id}/notices", id).then()
                .body("findAll { it.type == 'UK10' }.dueOn", contains("2026-06-01"))
                .body("findAll { it.type == 'UK11' }.dueOn", contains("2028-07-18"));
    }

    @Test
    void theSameExtensionArrivingInASpreadsheetOwesTheChangeNoticeToo() {
        clock.setToday(LocalDate.of(2026, 6, 1));
        Map<String, Object> contract = actContract();
        String id = create(contract);
        String exported = given().queryParam("council", "CAM").get("/contracts/export").then().statusCode(200).extract().asString();
        String header = exported.lines().findFirst().orElseThrow().replace("\uFEFF", "");
        String row = exported.lines().filter(line -> line.contains((String) contract.get("reference"))).findFirst().orElseThrow();
        assertThat(row).containsOnlyOnce(",2028-02-29,");

        given().contentType("text/csv").body(header + "\n" + row.replace(",2028-02-29,", ",2028-06-18,") + "\n")
                .post("/contracts/import").then().statusCode(200).body("updated", equalTo(1));

        given().get("/contracts/{id}/notices", id).then()
                .body("findAll { it.type == 'UK10' }.dueOn", contains("2026-06-01"))
                .body("findAll { it.type == 'UK11' }.dueOn", contains("2028-07-18"));
    }

    @Test
    void aContractUnderTheOldRegulationsOwesNothing() {
        Map<String, Object> contract = actContract();
        contract.put("startDate", "2024-04-01");
        String id = create(contract);

        given().get("/contracts/{id}", id).then().body("regime", equalTo("PCR2015"));
        given().get("/contracts/{id}/notices", id).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void badPublicationsAreRefusedAndWriteNothing() {
        clock.setToday(LocalDate.of(2026, 3, 10));
        String id = create(actContract());
        String etag = etag(id);

        refused(id, etag, Map.of("type", "UK9", "publishedOn", "2026-03-09", "noticeId", "2026/S 000-000001"))
                .body("errors[0].field", equalTo("type")).body("errors[0].message", containsString("over £5,000,000"));
        refused(id, etag, Map.of("type", "UK7", "publishedOn", "2026-02-28", "noticeId", "2026/S 000-000002"))
                .body("errors[0].field", equalTo("publishedOn")).body("errors[0].message", containsString("2026-03-01"));
        refused(id, etag, Map.of("type", "UK99", "publishedOn", "2026-03-09", "noticeId", "2026/S 000-000003"))
                .body("errors[0].field", equalTo("type"));
        refused(id, etag, Map.of("type", "UK7", "publishedOn", "2026-03-09", "noticeId", " ", "url", "ftp://x"))
                .body("errors.field", hasItem("noticeId")).body("errors.field", hasItem("url"));
        given().contentType(ContentType.JSON).body(Map.of("type", "UK7", "publishedOn", "2026-03-09", "noticeId", "2026/S 000-000004"))
                .post("/contracts/{id}/notices", id).then().statusCode(428);

        given().get("/contracts/{id}", id).then().body("version", equalTo(0));
        given().get("/contracts/{id}/notices", id).then().body("status", not(hasItem("PUBLISHED"))).body("[0].publication", nullValue());
    }

    @Test
    void theNewFieldsAreValidated() {
        Map<String, Object> contract = actContract();
        contract.put("vatRate", 120);
        contract.put("awardedMaximumEnd", "2020-01-01");
        contract.put("kpis", List.of(" "));
        contract.put("regime", "PCR2006");
        ((Map<String, Object>) contract.get("supplier")).put("ppon", "12345");

        ContractJson.post(contract).statusCode(400).body("errors.field", hasItem("regime"));
        contract.put("regime", "PA2023");
        ContractJson.post(contract).statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("vatRate", "awardedMaximumEnd", "kpis[0]", "supplier.ppon"));
    }

    @Test
    void aDetailsNoticeDraftIsInFindATendersShapeAndAPublishedNoticeIsADocumentOfEachLaterRelease() throws Exception {
        clock.setToday(LocalDate.of(2026, 3, 10));
        Map<String, Object> contract = actContract();
        ((Map<String, Object>) contract.get("supplier")).put("ppon", "PQRS-1234-ABCD");
        String before = java.time.Instant.now().minusSeconds(1).toString(); // releases are dated by the real clock
        String id = create(contract);

        JsonNode draft = ukPackage(given().get("/contracts/{id}/notices/UK7/draft", id).then().statusCode(200).extract().asString());
        JsonNode release = draft.path("releases").path(0);
        assertThat(release.path("tag").path(0).asText()).isEqualTo("contract");
        assertThat(release.path("contracts").path(0).path("value").path("amount").decimalValue()).isEqualByComparingTo("300273.97");
        assertThat(release.path("contracts").path(0).path("value").path("amountGross").decimalValue()).isEqualByComparingTo("360328.76");
        assertThat(release.path("contracts").path(0).path("aboveThreshold").asBoolean()).isTrue();
        assertThat(release.path("contracts").path(0).path("documents").path(0).path("noticeType").asText()).isEqualTo("UK7");
        assertThat(release.path("awards").path(0).path("suppliers").path(0).path("id").asText()).isEqualTo("GB-PPON-PQRS-1234-ABCD");
        given().get("/contracts/{id}/notices/UK9/draft", id).then().statusCode(404).body("detail", containsString("£5,000,000"));
        given().get("/contracts/{id}/notices/UK99/draft", id).then().statusCode(400);

        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("type", "UK7", "publishedOn", "2026-03-09", "noticeId", "2026/S 000-054321"))
                .post("/contracts/{id}/notices", id).then().statusCode(200);
        JsonNode releases = ukPackage(given().queryParam("council", "CAM").queryParam("size", 100)
                .queryParam("updatedSince", before).get("/ocds/releases").then().statusCode(200).extract().asString());
        List<JsonNode> ofContract = new java.util.ArrayList<>();
        releases.path("releases").forEach(r -> {
            if (r.path("ocid").asText().endsWith(id)) {
                ofContract.add(r);
            }
        });
        assertThat(ofContract).hasSize(2);
        assertThat(ofContract.get(0).path("contracts").path(0).has("documents")).as("before the publication").isFalse();
        JsonNode published = ofContract.get(1).path("contracts").path(0).path("documents").path(0);
        assertThat(published.path("id").asText()).isEqualTo("2026/S 000-054321");
        assertThat(published.path("noticeType").asText()).isEqualTo("UK7");
        assertThat(ofContract.get(1).path("contracts").path(0).path("value").has("amountGross")).isTrue();
    }

    /** The package, validated against OCDS 1.1.5 with Find a Tender's UK extension merged. */
    private static JsonNode ukPackage(String body) throws Exception {
        JsonNode document = new ObjectMapper().readTree(body);
        assertThat(OcdsSchema.ukViolations(document)).as("OCDS 1.1.5 with the UK extension").isEmpty();
        assertThat(OcdsSchema.violations(document)).as("OCDS 1.1.5").isEmpty();
        return document;
    }

    private static io.restassured.response.ValidatableResponse refused(String id, String etag, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("If-Match", etag).body(body).post("/contracts/{id}/notices", id)
                .then().statusCode(400).contentType("application/problem+json");
    }
}
