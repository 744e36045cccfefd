package org.buyonce.alignment.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.buyonce.alignment.TestClock;
import org.buyonce.events.ContractRenewalState;
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

/**
 * A plan is followed after adoption, from the contract events. The plan: T = 2028-03-31; CAM's contract ends
 * 2027-03-31 and must exercise its 12-month option by 2026-12-31; SCDC's already ends on T.
 */
@QuarkusTest
class PlanProgressTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private final UUID cam = UUID.randomUUID();
    private final UUID scdc = UUID.randomUUID();
    private final String capability = capability("printing");

    private void send(ContractRenewalState state) {
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(state);
        }
    }

    private String plan() {
        send(fixed(cam, 0, "CAM", capability, "2027-03-31", "12000", 12));
        send(fixed(scdc, 0, "SCDC", capability, "2028-03-31", "30000"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("asOf", "2026-01-01")
                .get("/opportunities/{c}", capability).then().statusCode(200).body("targetDate", equalTo("2028-03-31")));
        return given().contentType(ContentType.JSON).body(Map.of("capability", capability, "asOf", "2026-01-01"))
                .post("/plans").then().statusCode(201).extract().path("id");
    }

    private String part(String contract) {
        return "contracts.find { it.contractId == '" + contract + "' }.";
    }

    @Test
    void eachContractIsTrackedAgainstThePlanAndThePlanByItsWorst() {
        String id = plan();

        clock.setToday(LocalDate.of(2026, 11, 30));
        given().get("/plans/{id}", id).then().statusCode(200)
                .body(part(cam.toString()) + "tracking", equalTo("ON_TRACK"))
                .body(part(cam.toString()) + "nextDeadline", equalTo("2026-12-31"))
                .body(part(cam.toString()) + "trackingReason", containsString("by 2026-12-31 (31 days)"))
                .body(part(scdc.toString()) + "tracking", equalTo("DONE"))
                .body("tracking", equalTo("ON_TRACK"));

        clock.setToday(LocalDate.of(2026, 12, 15));
        given().get("/plans/{id}", id).then().body("tracking", equalTo("DUE"));
        given().queryParam("tracking", "DUE").queryParam("size", 100).get("/plans").then().statusCode(200).body("items.id", hasItem(id));
        given().queryParam("tracking", "OVERDUE").queryParam("size", 100).get("/plans").then().body("items.id", not(hasItem(id)));

        clock.setToday(LocalDate.of(2027, 1, 2));
        given().get("/plans/{id}", id).then().body("tracking", equalTo("OVERDUE"))
                .body(part(cam.toString()) + "trackingReason", containsString("due by 2026-12-31, now passed"));
        given().queryParam("tracking", "OVERDUE").queryParam("size", 100).get("/plans").then().body("items.id", hasItem(id));
    }

    @Test
    void aDeclinedOptionDriftsThePlanAndAnExercisedOneIsDone() {
        String id = plan();
        clock.setToday(LocalDate.of(2026, 12, 1));

        send(fixed(cam, 1, "CAM", capability, "2027-03-31", "12000")); // option 1 declined: none left
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/plans/{id}", id).then()
                .body("tracking", equalTo("DRIFTED"))
                .body(part(cam.toString()) + "trackingReason", containsString("it can no longer end on 2028-03-31")));

        send(fixed(cam, 2, "CAM", capability, "2028-03-31", "12000")); // corrected: the option was exercised after all
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/plans/{id}", id).then()
                .body("tracking", equalTo("DONE")));
    }

    @Test
    void theProgrammeCountsADoneContractOfAnAwardedPlanAsAligned() {
        String id = plan();
        int before = given().get("/programme").then().extract().path("contractsAligned");
        int camBefore = given().get("/programme").then().extract().path("councils.find { it.council == 'CAM' }.contractsAligned");
        for (String council : new String[] {"CAM", "SCDC"}) {
            given().contentType(ContentType.JSON).body(Map.of("council", council)).post("/plans/{id}/approvals", id).then().statusCode(200);
        }
        for (String status : new String[] {"IN_PROCUREMENT", "AWARDED"}) {
            int version = given().get("/plans/{id}", id).then().extract().path("version");
            given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(Map.of("status", status))
                    .patch("/plans/{id}", id).then().statusCode(200);
        }
        // SCDC already ends on T; CAM has not exercised its option yet.
        given().get("/programme").then().body("contractsAligned", equalTo(before + 1))
                .body("councils.find { it.council == 'CAM' }.contractsAligned", equalTo(camBefore));

        send(fixed(cam, 1, "CAM", capability, "2028-03-31", "12000"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/programme").then()
                .body("contractsAligned", equalTo(before + 2))
                .body("councils.find { it.council == 'CAM' }.contractsAligned", equalTo(camBefore + 1)));
    }
}
