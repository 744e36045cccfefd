package org.buyonce.alignment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.buyonce.alignment.ContractEvents;
import org.buyonce.testing.AdminTokenByDefault;
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
import static org.hamcrest.Matchers.equalTo;

/** Officers adopt and move only the plans that include their council; everyone with a role reads. */
@QuarkusTest
class PlanSecurityTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** An opportunity of CAM and SCDC only. */
    private String camAndScdc() {
        String capability = capability("printing");
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(fixed(UUID.randomUUID(), 0, "CAM", capability, "2027-03-31", "10000"));
            events.contract(fixed(UUID.randomUUID(), 0, "SCDC", capability, "2027-03-31", "30000"));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/opportunities/{c}", capability).then().statusCode(200));
        return capability;
    }

    @Test
    void anOfficerAdoptsOnlyAPlanThatIncludesTheirCouncil() {
        String capability = camAndScdc();
        Map<String, String> request = Map.of("capability", capability, "asOf", "2026-01-01");

        as(Tokens.officer("HDC")).contentType(ContentType.JSON).body(request).post("/plans").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("it concerns CAM, SCDC"));
        as(Tokens.viewer()).contentType(ContentType.JSON).body(request).post("/plans").then().statusCode(403);
        as(Tokens.ict()).contentType(ContentType.JSON).body(request).post("/plans").then().statusCode(403);
        String plan = as(Tokens.officer("SCDC")).contentType(ContentType.JSON).body(request).post("/plans").then()
                .statusCode(201).extract().path("id");

        as(Tokens.officer("HDC")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("status", "CANCELLED"))
                .patch("/plans/{id}", plan).then().statusCode(403);
        as(Tokens.officer("HDC")).contentType(ContentType.JSON).body(Map.of("council", "HDC")).post("/plans/{id}/approvals", plan)
                .then().statusCode(409).body("detail", containsString("HDC is not in this plan"));
        as(Tokens.officer("CAM")).contentType(ContentType.JSON).body(Map.of("council", "SCDC")).post("/plans/{id}/approvals", plan)
                .then().statusCode(403).body("detail", containsString("an officer of CAM may not approve this plan on behalf of council SCDC"));
        as(Tokens.viewer()).contentType(ContentType.JSON).body(Map.of("council", "CAM")).post("/plans/{id}/approvals", plan)
                .then().statusCode(403);
        as(Tokens.officer("CAM")).contentType(ContentType.JSON).body(Map.of("council", "CAM")).post("/plans/{id}/approvals", plan)
                .then().statusCode(200).body("status", equalTo("IDENTIFIED")).body("awaitingApproval", contains("SCDC"));
        as(Tokens.officer("SCDC")).contentType(ContentType.JSON).body(Map.of("council", "SCDC")).post("/plans/{id}/withdrawals", plan)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void everyRoleReadsOpportunitiesPlansAndTheProgramme() {
        for (String token : new String[] {Tokens.viewer(), Tokens.ict(), Tokens.officer("HDC")}) {
            as(token).get("/opportunities").then().statusCode(200);
            as(token).get("/plans").then().statusCode(200);
            as(token).get("/programme").then().statusCode(200);
        }
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/opportunities").then().statusCode(401);
    }
}
