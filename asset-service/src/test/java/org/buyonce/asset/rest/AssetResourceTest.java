package org.buyonce.asset.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.buyonce.asset.AssetJson;
import org.buyonce.asset.Catalogue;
import org.buyonce.asset.SupportingContracts;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.RenewalType;
import org.buyonce.testing.EventProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.buyonce.asset.AssetJson.create;
import static org.buyonce.asset.AssetJson.post;
import static org.buyonce.asset.AssetJson.valid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AssetResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void catalogue() {
        Catalogue.ensurePublished(bootstrapServers);
    }

    @Test
    void anAssetIsRecordedReadChangedAndRemoved() {
        Map<String, Object> body = valid();
        String id = post(body).statusCode(201).header("ETag", "\"0\"").body("councils", contains("SCDC"))
                .body("responsibleParty", equalTo("SCDC Facilities Management")).body("supportingContract", nullValue())
                .extract().path("id");

        body.put("monitored", true);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/assets/{id}", id).then()
                .statusCode(200).header("ETag", "\"1\"").body("monitored", equalTo(true));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/assets/{id}", id).then().statusCode(412);
        given().contentType(ContentType.JSON).body(body).put("/assets/{id}", id).then().statusCode(428);

        given().delete("/assets/{id}", id).then().statusCode(204);
        given().get("/assets/{id}", id).then().statusCode(404);
    }

    @Test
    void aSharedAssetNamesEveryCouncilThatUsesIt() {
        Map<String, Object> body = valid();
        body.put("councils", List.of("CAM", "HDC", "SCDC"));
        body.put("type", "NETWORK");
        body.put("capability", "network");
        String id = create(body);

        given().queryParam("council", "HDC").queryParam("type", "network").queryParam("size", 100).get("/assets").then()
                .statusCode(200).body("items.find { it.id == '" + id + "' }.councils", contains("CAM", "HDC", "SCDC"));
    }

    @Test
    void listsFilterByEveryFieldAndArePaged() {
        String site = "Site " + UUID.randomUUID();
        Map<String, Object> old = valid();
        old.put("site", site);
        old.put("endOfSupport", "2024-12-31");
        old.put("status", "LEGACY");
        old.put("responsibleParty", null);
        Map<String, Object> current = valid();
        current.put("site", site);
        current.put("criticality", "NORMAL");
        String oldId = create(old);
        String currentId = create(current);

        given().queryParam("site", site.toLowerCase()).get("/assets").then().body("totalItems", equalTo(2));
        given().queryParam("site", site).queryParam("endOfSupportBefore", "2025-01-01").get("/assets").then().body("items.id", contains(oldId));
        given().queryParam("site", site).queryParam("status", "LEGACY").get("/assets").then().body("items.id", contains(oldId));
        given().queryParam("site", site).queryParam("criticality", "normal").get("/assets").then().body("items.id", contains(currentId));
        given().queryParam("site", site).queryParam("responsibleParty", "facilities").get("/assets").then().body("items.id", contains(currentId));
        given().queryParam("site", site).queryParam("capability", "hosting").queryParam("size", 1).get("/assets").then()
                .body("items", hasSize(1)).body("totalPages", equalTo(2));
        given().queryParam("type", "SPACESHIP").get("/assets").then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    @Test
    void anAssetShowsItsSupportingContractAsLastPublished() {
        UUID contract = UUID.randomUUID();
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(SupportingContracts.state(contract, 0, "2027-03-31", ContractStatus.ACTIVE));
        }
        Map<String, Object> body = valid();
        body.put("supportingContractId", contract.toString());
        String id = create(body);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/assets/{id}", id).then()
                .body("supportingContract.endDate", equalTo("2027-03-31")).body("supportingContract.status", equalTo("ACTIVE"))
                .body("supportingContract.reference", equalTo("SCDC-HOST-1")));
    }

    @Test
    void capabilitiesComeFromContractServicesCatalogue() {
        given().get("/capabilities").then().statusCode(200).body("find { it.code == 'telephony' }.name", equalTo("telephony"));
        post(AssetJson.with("capability", "teleportation")).statusCode(400)
                .body("errors[0].message", containsString("unknown capability 'teleportation'"));
    }
}
