package org.buyonce.alignment.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.buyonce.testing.EventProducer;
import org.buyonce.testing.OcdsSchema;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.buyonce.alignment.ContractEvents.capability;
import static org.buyonce.alignment.ContractEvents.fixed;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PlanningReleasesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** CAM (£10,000 a year) and SCDC (£30,000) printing contracts ending 2027-03-31, adopted as of 2026-01-01. */
    private String plan() {
        String capability = capability("printing");
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(fixed(UUID.randomUUID(), 0, "CAM", capability, "2027-03-31", "10000"));
            events.contract(fixed(UUID.randomUUID(), 0, "SCDC", capability, "2027-03-31", "30000"));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().queryParam("asOf", "2026-01-01").get("/opportunities/{c}", capability).then().statusCode(200));
        return given().contentType(ContentType.JSON).body(Map.of("capability", capability, "asOf", "2026-01-01"))
                .post("/plans").then().statusCode(201).extract().path("id");
    }

    private static JsonNode releases(Map<String, ?> query) throws Exception {
        String body = given().queryParams(query).get("/ocds/releases").then().statusCode(200).contentType("application/json")
                .extract().asString();
        JsonNode document = new ObjectMapper().readTree(body);
        assertThat(OcdsSchema.violations(document)).as("OCDS 1.1.5 release package schema").isEmpty();
        return document.path("releases");
    }

    private static JsonNode releaseOf(JsonNode releases, String plan) {
        return StreamSupport.stream(releases.spliterator(), false)
                .filter(release -> release.path("ocid").asText().equals("ocds-buyonce-" + plan)).findFirst().orElseThrow();
    }

    @Test
    void eachOpenPlanIsAPlanningReleaseOfItsCouncilsJointProcurement() throws Exception {
        String id = plan();
        given().contentType(ContentType.JSON).body(Map.of("council", "CAM")).post("/plans/{id}/approvals", id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("council", "SCDC")).post("/plans/{id}/approvals", id).then().statusCode(200);

        JsonNode release = releaseOf(releases(Map.of("council", "SCDC", "size", 100)), id);

        assertThat(release.path("id").asText()).isEqualTo("ocds-buyonce-" + id + "-2");
        assertThat(release.path("tag")).extracting(JsonNode::asText).containsExactly("planning");
        assertThat(release.path("parties")).extracting(p -> p.path("id").asText() + " " + p.path("roles").get(0).asText())
                .containsExactly("CAM buyer", "SCDC buyer");
        assertThat(release.path("parties").get(1).path("name").asText()).isEqualTo("South Cambridgeshire District Council");
        // £40,000 a year over the planned 60 months.
        assertThat(release.at("/planning/budget/amount/amount").decimalValue()).isEqualByComparingTo("200000.00");
        assertThat(release.at("/tender/value/amount").decimalValue()).isEqualByComparingTo("200000.00");
        assertThat(release.at("/tender/value/currency").asText()).isEqualTo("GBP");
        assertThat(release.at("/tender/status").asText()).isEqualTo("planned");
        assertThat(release.at("/tender/tenderPeriod/startDate").asText()).isEqualTo("2026-06-30T00:00:00+01:00");
        assertThat(release.at("/tender/contractPeriod/startDate").asText()).isEqualTo("2027-03-31T00:00:00+01:00");
        assertThat(release.at("/tender/contractPeriod/endDate").asText()).isEqualTo("2032-03-31T23:59:59+01:00");
        assertThat(release.at("/planning/rationale").asText()).contains("2 contracts of CAM, SCDC aligned to end on 2027-03-31");
    }

    @Test
    void aCancelledPlanLeavesThePipeline() throws Exception {
        String id = plan();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("status", "CANCELLED")).patch("/plans/{id}", id)
                .then().statusCode(200);

        JsonNode releases = releases(Map.of("size", 100));
        assertThat(releases).noneMatch(release -> release.path("ocid").asText().endsWith(id));
    }

    @Test
    void pagesAreLinkedAndTheExampleIsValidOcds() throws Exception {
        plan();
        plan();
        String link = given().queryParam("size", 1).get("/ocds/releases").then().statusCode(200).extract().header("Link");
        assertThat(link).contains("page=1").endsWith("; rel=\"next\"");
        given().queryParam("size", 100).queryParam("page", 999).get("/ocds/releases").then().statusCode(204);
        given().queryParam("council", "XYZ").get("/ocds/releases").then().statusCode(400).body("errors[0].field", equalTo("council"));

        JsonNode api = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().extract().asString());
        JsonNode example = api.at("/paths/~1ocds~1releases/get/responses/200/content/application~1json/examples/pipeline/value");
        assertThat(example.isObject()).isTrue();
        assertThat(OcdsSchema.violations(example)).isEmpty();
        assertThat(List.of(example.at("/releases/0/tender/status").asText())).containsExactly("planned");
    }
}
