package org.buyonce.system;

import io.restassured.http.ContentType;
import org.buyonce.testing.system.BuyOnceSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Contracts recorded in contract-service reach alignment-service only through contract-renewals, and become, move
 * and leave an opportunity within seconds.
 */
class ContractsToOpportunitiesIT {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(30);
    private static BuyOnceSystem system;

    @BeforeAll
    static void start() {
        system = BuyOnceSystem.get();
    }

    @Test
    void contractsOfThreeCouncilsBecomeAnOpportunityThatMovesAndShrinks() {
        String capability = Contracts.newCapability(system);
        String cam = Contracts.record(system, "CAM-" + capability, capability, "CAM", "2027-03-31", 120000, List.of(12, 12));
        String hdc = Contracts.record(system, "HDC-" + capability, capability, "HDC", "2028-03-31", 90000, List.of());
        Contracts.record(system, "SCDC-" + capability, capability, "SCDC", "2026-12-31", 60000, List.of());

        // The worked example of docs/planner.md, through the real services.
        awaitOpportunity(capability, "2027-03-31", 105041.10f);
        given().baseUri(system.alignment()).queryParam("asOf", "2026-01-01").get("/opportunities/{c}", capability).then()
                .body("councils", contains("CAM", "HDC", "SCDC")).body("contracts.role", contains("ALIGNED", "JOINS_LATER", "BRIDGED"));

        // The end date moved in contract-service moves the plan.
        Map<String, Object> moved = Contracts.body("CAM-" + capability, capability, "CAM", "2028-03-31", 120000, List.of(12));
        given().baseUri(system.contracts()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(moved)
                .put("/contracts/{id}", cam).then().statusCode(200);
        awaitOpportunity(capability, "2027-12-31", 112356.17f);

        // A deleted contract leaves it.
        given().baseUri(system.contracts()).delete("/contracts/{id}", hdc).then().statusCode(204);
        await().atMost(WITHIN_SECONDS).untilAsserted(() -> given().baseUri(system.alignment()).queryParam("asOf", "2026-01-01")
                .get("/opportunities/{c}", capability).then().statusCode(200).body("councils", contains("CAM", "SCDC")));
    }

    private static void awaitOpportunity(String capability, String target, float unalignedSpend) {
        await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().baseUri(system.alignment()).queryParam("asOf", "2026-01-01").get("/opportunities/{c}", capability).then()
                        .statusCode(200).body("targetDate", equalTo(target)).body("unalignedSpend", equalTo(unalignedSpend)));
    }
}
