package org.buyonce.alignment.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.buyonce.testing.EventProducer;
import org.buyonce.testing.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.buyonce.alignment.ContractEvents.capability;
import static org.buyonce.alignment.ContractEvents.fixed;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Each council approves or withdraws for itself; the plan follows from their decisions. */
@QuarkusTest
class PlanDecisionsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** CAM (£10,000), HDC (£20,000) and SCDC (£30,000) printing contracts all ending 2027-03-31: a plan of three. */
    private String planOfThree() {
        String capability = capability("printing");
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(fixed(UUID.randomUUID(), 0, "CAM", capability, "2027-03-31", "10000"));
            events.contract(fixed(UUID.randomUUID(), 0, "HDC", capability, "2027-03-31", "20000"));
            events.contract(fixed(UUID.randomUUID(), 0, "SCDC", capability, "2027-03-31", "30000"));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("asOf", "2026-01-01")
                .get("/opportunities/{c}", capability).then().statusCode(200).body("councils", contains("CAM", "HDC", "SCDC")));
        return given().contentType(ContentType.JSON).body(Map.of("capability", capability, "asOf", "2026-01-01"))
                .post("/plans").then().statusCode(201).body("awaitingApproval", contains("CAM", "HDC", "SCDC"))
                .extract().path("id");
    }

    private static RequestSpecification officer(String council) {
        return given().header("Authorization", "Bearer " + Tokens.officer(council)).contentType(ContentType.JSON);
    }

    @Test
    void thePlanIsApprovedWhenEveryIncludedCouncilHasApproved() {
        String id = planOfThree();

        officer("HDC").body(Map.of("council", "HDC", "decisionReference", "Cabinet 2026-11-12, minute 47"))
                .post("/plans/{id}/approvals", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("IDENTIFIED")).body("awaitingApproval", contains("CAM", "SCDC"))
                .body("approvals[0].council", equalTo("HDC")).body("approvals[0].decidedBy", equalTo("officer.hdc@test"))
                .body("approvals[0].decisionReference", equalTo("Cabinet 2026-11-12, minute 47"))
                .body("approvals[0].decidedAt", notNullValue());
        officer("HDC").body(Map.of("council", "HDC")).post("/plans/{id}/approvals", id).then().statusCode(409)
                .body("detail", containsString("HDC approved this plan on"));
        officer("CAM").body(Map.of("council", "CAM")).post("/plans/{id}/approvals", id).then().statusCode(200)
                .body("status", equalTo("IDENTIFIED"));
        // An admin records SCDC's decision, naming the council.
        given().contentType(ContentType.JSON).body(Map.of("council", "SCDC", "note", "Delegated decision\nby the director"))
                .post("/plans/{id}/approvals", id).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("awaitingApproval", empty())
                .body("approvals.council", contains("HDC", "CAM", "SCDC")).body("approvals[2].decidedBy", equalTo("admin@test"))
                .body("approvals[2].note", equalTo("Delegated decision\nby the director"));

        officer("CAM").body(Map.of("council", "CAM")).post("/plans/{id}/approvals", id).then().statusCode(409)
                .body("detail", containsString("approvals are recorded while it is IDENTIFIED"));
    }

    @Test
    void aCouncilThatWithdrawsTakesItsContractsAndItsApprovalOut() {
        String id = planOfThree();
        officer("CAM").body(Map.of("council", "CAM")).post("/plans/{id}/approvals", id).then().statusCode(200);
        officer("SCDC").body(Map.of("council", "SCDC")).post("/plans/{id}/approvals", id).then().statusCode(200);

        officer("SCDC").body(Map.of("council", "SCDC", "decisionReference", "Cabinet 2027-01-15, minute 12"))
                .post("/plans/{id}/withdrawals", id).then().statusCode(200)
                .body("councils", contains("CAM", "HDC")).body("contracts.council", contains("CAM", "HDC"))
                .body("annualSpendCovered", equalTo(30000.00f)).body("approvals.council", contains("CAM"))
                .body("awaitingApproval", contains("HDC")).body("status", equalTo("IDENTIFIED"))
                .body("withdrawals[0].council", equalTo("SCDC"))
                .body("withdrawals[0].decisionReference", equalTo("Cabinet 2027-01-15, minute 12"));

        // HDC's approval completes the two that remain.
        officer("HDC").body(Map.of("council", "HDC")).post("/plans/{id}/approvals", id).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        officer("HDC").body(Map.of("council", "SCDC")).post("/plans/{id}/withdrawals", id).then().statusCode(403);
        officer("HDC").body(Map.of("council", "HDC")).post("/plans/{id}/withdrawals", id).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("councils", contains("CAM"));
        officer("CAM").body(Map.of("council", "CAM")).post("/plans/{id}/withdrawals", id).then().statusCode(409)
                .body("detail", containsString("only before the award"));
    }

    @Test
    void theLastCouncilsApprovalAfterAWithdrawalApprovesThePlan() {
        String id = planOfThree();
        officer("CAM").body(Map.of("council", "CAM")).post("/plans/{id}/approvals", id).then().statusCode(200);
        officer("HDC").body(Map.of("council", "HDC")).post("/plans/{id}/approvals", id).then().statusCode(200);

        // SCDC, the only council still to decide, withdraws: everyone left has approved.
        officer("SCDC").body(Map.of("council", "SCDC")).post("/plans/{id}/withdrawals", id).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("awaitingApproval", empty());
    }
}
