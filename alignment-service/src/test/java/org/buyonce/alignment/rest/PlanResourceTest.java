package org.buyonce.alignment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.buyonce.alignment.ContractEvents;
import org.buyonce.alignment.TestClock;
import org.buyonce.testing.EventProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.buyonce.alignment.ContractEvents.capability;
import static org.buyonce.alignment.ContractEvents.fixed;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class PlanResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Two councils' printing contracts, both ending 2027-03-31, as events; waits until they are an opportunity. */
    private String opportunity() {
        String capability = capability("printing");
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(fixed(UUID.randomUUID(), 0, "CAM", capability, "2027-03-31", "10000"));
            events.contract(fixed(UUID.randomUUID(), 0, "SCDC", capability, "2027-03-31", "30000"));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().queryParam("asOf", "2026-01-01").get("/opportunities/{c}", capability).then().statusCode(200));
        return capability;
    }

    private static String adopt(String capability) {
        return given().contentType(ContentType.JSON).body(Map.of("capability", capability, "asOf", "2026-01-01"))
                .post("/plans").then().statusCode(201).extract().path("id");
    }

    /** Both councils of an opportunity() plan approve, as an admin records their committees' decisions. */
    private static void approveAll(String id) {
        for (String council : new String[] {"CAM", "SCDC"}) {
            given().contentType(ContentType.JSON).body(Map.of("council", council)).post("/plans/{id}/approvals", id).then().statusCode(200);
        }
    }

    private static io.restassured.response.ValidatableResponse move(String id, int version, String status) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(Map.of("status", status))
                .patch("/plans/{id}", id).then();
    }

    @Test
    void adoptingAnOpportunityRecordsItAsIdentified() {
        String capability = opportunity();

        String id = given().contentType(ContentType.JSON).body(Map.of("capability", capability, "asOf", "2026-01-01"))
                .post("/plans").then().statusCode(201)
                .header("Location", containsString("/plans/")).header("ETag", "\"0\"")
                .body("status", equalTo("IDENTIFIED")).body("targetDate", equalTo("2027-03-31"))
                .body("procurementStart", equalTo("2026-06-30")).body("annualSpendCovered", equalTo(40000.00f))
                .body("policy.leadTimeMonths", equalTo(9)).extract().path("id");

        given().get("/plans/{id}", id).then().statusCode(200).body("capability", equalTo(capability));
        given().queryParam("council", "SCDC").queryParam("size", 100).get("/plans").then().body("items.id", hasItem(id));
        given().queryParam("council", "HDC").queryParam("size", 100).get("/plans").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void aPlanMovesOnlyByTheLegalSteps() {
        String id = adopt(opportunity());

        move(id, 0, "AWARDED").statusCode(409).body("detail", containsString("can move to APPROVED or CANCELLED, not AWARDED"));
        move(id, 0, "APPROVED").statusCode(409).body("detail", containsString("each council approves for itself"))
                .body("detail", containsString("awaiting CAM, SCDC"));
        approveAll(id);
        given().get("/plans/{id}", id).then().body("status", equalTo("APPROVED")).header("ETag", "\"2\"");
        move(id, 2, "IN_PROCUREMENT").statusCode(200);
        move(id, 3, "AWARDED").statusCode(200);
        move(id, 4, "CANCELLED").statusCode(409);
        clock.setToday(LocalDate.of(2027, 3, 30));
        move(id, 4, "IMPLEMENTED").statusCode(409).body("detail", containsString("the joint contract starts on 2027-03-31"));
        clock.setToday(LocalDate.of(2027, 3, 31));
        move(id, 4, "IMPLEMENTED").statusCode(200);
        move(id, 5, "IN_PROCUREMENT").statusCode(409).body("detail", containsString("nothing (it is final)"));
    }

    @Test
    void aStaleOrMissingVersionIsRefused() {
        String id = adopt(opportunity());
        approveAll(id);

        move(id, 0, "CANCELLED").statusCode(412);
        given().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED", "version", 0)).patch("/plans/{id}", id)
                .then().statusCode(409).body("type", containsString("stale-version"));
        given().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED")).patch("/plans/{id}", id).then().statusCode(428);
        given().get("/plans/{id}", id).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void aCapabilityHasOneOpenPlanAtATime() {
        String capability = opportunity();
        String first = adopt(capability);

        given().contentType(ContentType.JSON).body(Map.of("capability", capability)).post("/plans").then().statusCode(409)
                .body("detail", containsString("already has an open plan"));
        move(first, 0, "CANCELLED").statusCode(200);
        adopt(capability);
    }

    @Test
    void withoutAnOpportunityThereIsNothingToAdopt() {
        given().contentType(ContentType.JSON).body(Map.of("capability", "nothing-here")).post("/plans").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("asOf", "2026-01-01")).post("/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("capability"));
        given().contentType(ContentType.JSON).body(Map.of("capability", "x", "leadTimeMonths", -3)).post("/plans").then()
                .statusCode(400).body("errors[0].field", equalTo("leadTimeMonths"));
    }

    @Test
    void theProgrammeCountsContractsOfImplementedPlansThatAreDoneAsAligned() {
        clock.setToday(LocalDate.of(2027, 4, 1)); // after T: the plan can be implemented
        int before = given().get("/programme").then().statusCode(200).extract().path("contracts");
        int alignedBefore = given().get("/programme").then().extract().path("contractsAligned");
        String implemented = adopt(opportunity());
        adopt(opportunity());
        approveAll(implemented);
        for (String status : new String[] {"IN_PROCUREMENT", "AWARDED", "IMPLEMENTED"}) {
            int version = given().get("/plans/{id}", implemented).then().extract().path("version");
            move(implemented, version, status).statusCode(200);
        }

        given().get("/programme").then().statusCode(200)
                .body("contracts", equalTo(before + 4))
                .body("contractsAligned", equalTo(alignedBefore + 2))
                .body("summary", equalTo((alignedBefore + 2) + " of " + (before + 4) + " contracts aligned"));
    }
}
