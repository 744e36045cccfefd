package org.buyonce.system;

import io.restassured.http.ContentType;
import org.buyonce.testing.system.BuyOnceSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * An adopted plan follows its contracts through the packaged services and the real broker: when a council declines
 * the option its part of the plan needed, the plan shows DRIFTED within seconds.
 */
class PlanTrackingIT {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(30);
    private static BuyOnceSystem system;

    @BeforeAll
    static void start() {
        system = BuyOnceSystem.get();
    }

    @Test
    void aDeclinedOptionThePlanNeededDriftsThePlanWithinSeconds() {
        LocalDate camEnd = LocalDate.now().plusMonths(14).with(TemporalAdjusters.lastDayOfMonth());
        LocalDate target = camEnd.plusMonths(12).with(TemporalAdjusters.lastDayOfMonth());
        String capability = Contracts.newCapability(system);
        String cam = Contracts.record(system, "CAM-" + capability, capability, "CAM", camEnd.toString(), 120000, List.of(12));
        String scdc = Contracts.record(system, "SCDC-" + capability, capability, "SCDC", target.toString(), 60000, List.of());
        await().atMost(WITHIN_SECONDS).untilAsserted(() -> given().baseUri(system.alignment()).get("/opportunities/{c}", capability)
                .then().statusCode(200).body("targetDate", equalTo(target.toString())));
        String plan = given().baseUri(system.alignment()).contentType(ContentType.JSON).body(Map.of("capability", capability))
                .post("/plans").then().statusCode(201).extract().path("id");
        given().baseUri(system.alignment()).get("/plans/{id}", plan).then()
                .body("tracking", equalTo("ON_TRACK"))
                .body("contracts.find { it.contractId == '" + cam + "' }.nextDeadline", equalTo(camEnd.minusMonths(3).toString()))
                .body("contracts.find { it.contractId == '" + scdc + "' }.tracking", equalTo("DONE"));

        String etag = given().baseUri(system.contracts()).get("/contracts/{id}", cam).then().extract().header("ETag");
        given().baseUri(system.contracts()).header("If-Match", etag).post("/contracts/{id}/options/decline", cam).then().statusCode(200);

        await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().baseUri(system.alignment()).get("/plans/{id}", plan).then().body("tracking", equalTo("DRIFTED"))
                        .body("contracts.find { it.contractId == '" + cam + "' }.trackingReason",
                                containsString("it can no longer end on " + target)));
        given().baseUri(system.alignment()).queryParam("tracking", "DRIFTED").queryParam("size", 100).get("/plans").then()
                .body("items.id", org.hamcrest.Matchers.hasItem(plan));
    }
}
