package org.buyonce.alignment.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.buyonce.alignment.ContractEvents;
import org.buyonce.alignment.api.RequestExamples;
import org.buyonce.testing.BadInputBattery;
import org.buyonce.testing.EventProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bad-input battery of alignment-service (src/test/resources/bad-input.txt): every case gets its 4xx as
 * problem+json naming the field, and no plan changes.
 */
@QuarkusTest
class BadInputBatteryTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource database;

    @Test
    void everyBadInputIsRefusedAsAProblemThatNamesTheFieldAndWritesNothing() {
        String plan = identifiedPlan();
        // A capability with an opportunity but no plan yet, so that a valid body would be adopted.
        String valid = "{\"capability\": \"" + opportunity("battery-open") + "\", \"asOf\": \"2026-01-01\"}";
        List<BadInputBattery.Case> cases = BadInputBattery.load("bad-input.txt", Map.of(
                "POST /plans", valid,
                "PATCH /plans/{id}", "{\"status\": \"CANCELLED\"}",
                "POST /plans/{id}/approvals", RequestExamples.APPROVAL.replace("HDC", "CAM"),
                "POST /plans/{id}/withdrawals", RequestExamples.WITHDRAWAL,
                "POST /dashboard-links", RequestExamples.DASHBOARD_LINK));

        assertThat(cases.size()).as("cases in the table").isGreaterThanOrEqualTo(120);

        List<BadInputBattery.Outcome> outcomes = BadInputBattery.runTwice("alignment-service", cases, Map.of("plan", plan),
                this::fingerprint, path -> given().get(path).header("ETag"));
        assertThat(outcomes.stream().flatMap(o -> o.deviations().stream()).toList()).isEmpty();
        given().get("/plans/{id}", plan).then().statusCode(200).header("ETag", "\"0\"");
    }

    private String identifiedPlan() {
        String capability = opportunity("battery-plan");
        return given().contentType(ContentType.JSON).body(Map.of("capability", capability, "asOf", "2026-01-01"))
                .post("/plans").then().statusCode(201).extract().path("id");
    }

    /** Two councils' contracts for a new capability, both ending 2027-03-31; waits until they are an opportunity. */
    private String opportunity(String name) {
        String capability = ContractEvents.capability(name);
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(ContractEvents.fixed(UUID.randomUUID(), 0, "CAM", capability, "2027-03-31", "10000"));
            events.contract(ContractEvents.fixed(UUID.randomUUID(), 0, "SCDC", capability, "2027-03-31", "30000"));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().queryParam("asOf", "2026-01-01").get("/opportunities/{c}", capability).then().statusCode(200));
        return capability;
    }

    /** Every row the API writes: the plans and the dashboard links. */
    private String fingerprint() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT md5(coalesce(string_agg(p::text, '|' ORDER BY p.id), '')) || '/' || (SELECT count(*) FROM secret_link) FROM alignment_plan p")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
