package org.buyonce.system;

import io.restassured.http.ContentType;
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
        String capability = newCapability();
        String cam = record(capability, "CAM", "2027-03-31", 120000, List.of(12, 12));
        String hdc = record(capability, "HDC", "2028-03-31", 90000, List.of());
        record(capability, "SCDC", "2026-12-31", 60000, List.of());

        // The worked example of DESIGN.md, through the real services.
        awaitOpportunity(capability, "2027-03-31", 105041.10f);
        given().baseUri(system.alignment()).queryParam("asOf", "2026-01-01").get("/opportunities/{c}", capability).then()
                .body("councils", contains("CAM", "HDC", "SCDC")).body("contracts.role", contains("ALIGNED", "JOINS_LATER", "BRIDGED"));

        // The end date moved in contract-service moves the plan.
        Map<String, Object> moved = contract(capability, "CAM", "2028-03-31", 120000, List.of(12));
        given().baseUri(system.contracts()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(moved)
                .put("/contracts/{id}", cam).then().statusCode(200);
        awaitOpportunity(capability, "2027-12-31", 112356.17f);

        // A deleted contract leaves it.
        given().baseUri(system.contracts()).delete("/contracts/{id}", hdc).then().statusCode(204);
        await().atMost(WITHIN_SECONDS).untilAsserted(() -> given().baseUri(system.alignment()).queryParam("asOf", "2026-01-01")
                .get("/opportunities/{c}", capability).then().statusCode(200).body("councils", contains("CAM", "SCDC")));
    }

    static String newCapability() {
        String code = "sys-" + Long.toHexString(System.nanoTime());
        given().baseUri(system.contracts()).contentType(ContentType.JSON).body(Map.of("code", code, "name", "System test " + code))
                .post("/capabilities").then().statusCode(201);
        return code;
    }

    static Map<String, Object> contract(String capability, String council, String end, int annualValue, List<Integer> options) {
        return Map.ofEntries(Map.entry("council", council), Map.entry("reference", council + "-" + capability),
                Map.entry("title", capability + " contract"), Map.entry("supplier", Map.of("name", "Supplier Ltd")),
                Map.entry("capability", capability), Map.entry("startDate", "2020-04-01"), Map.entry("endDate", end),
                Map.entry("extensionOptions", options.stream().map(m -> Map.of("months", m)).toList()),
                Map.entry("noticePeriodMonths", 3), Map.entry("renewalType", "FIXED"), Map.entry("annualValue", annualValue));
    }

    static String record(String capability, String council, String end, int annualValue, List<Integer> options) {
        return given().baseUri(system.contracts()).contentType(ContentType.JSON)
                .body(contract(capability, council, end, annualValue, options))
                .post("/contracts").then().statusCode(201).extract().path("id");
    }

    private static void awaitOpportunity(String capability, String target, float unalignedSpend) {
        await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().baseUri(system.alignment()).queryParam("asOf", "2026-01-01").get("/opportunities/{c}", capability).then()
                        .statusCode(200).body("targetDate", equalTo(target)).body("unalignedSpend", equalTo(unalignedSpend)));
    }
}
