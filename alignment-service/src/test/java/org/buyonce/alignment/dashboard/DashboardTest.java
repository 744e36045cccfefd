package org.buyonce.alignment.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.buyonce.alignment.TestClock;
import org.buyonce.events.ContractRenewalState.NoticeDue;
import org.buyonce.events.NoticeType;
import org.buyonce.testing.AdminTokenByDefault;
import org.buyonce.testing.EventProducer;
import org.buyonce.testing.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.buyonce.alignment.ContractEvents.capability;
import static org.buyonce.alignment.ContractEvents.fixed;
import static org.buyonce.alignment.ContractEvents.underTheAct;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class DashboardTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** CAM and SCDC contracts of a new capability ending 2027-03-31, adopted as a plan as of 2026-01-01. */
    private String capabilityWithAPlan() {
        String capability = capability("printing");
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(fixed(UUID.randomUUID(), 0, "CAM", capability, "2027-03-31", "10000"));
            events.contract(fixed(UUID.randomUUID(), 0, "SCDC", capability, "2027-03-31", "30000"));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().queryParam("asOf", "2026-01-01").get("/opportunities/{c}", capability).then().statusCode(200));
        given().contentType(ContentType.JSON).body(Map.of("capability", capability, "asOf", "2026-01-01")).post("/plans").then()
                .statusCode(201);
        return capability;
    }

    @Test
    void theDashboardShowsEachSharedCapabilitysTimelineAndTheDecisionsDue() {
        String capability = capabilityWithAPlan();

        given().queryParam("capability", capability).get("/dashboard").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"en-GB\">"))
                .body(containsString("Plan: " + capability))
                .body(containsString("Target <strong>2027-03-31</strong>, procurement starts 2026-06-30"))
                .body(containsString("CAM-" + capability)).body(containsString("SCDC-" + capability))
                .body(containsString("contracts aligned"))
                .body(containsString("Approve the joint " + capability + " plan"))
                .body(not(containsString("<script")));
    }

    @Test
    void theDecisionsDueIncludeTheFindATenderNoticesDueAndOverdue() {
        clock.setToday(LocalDate.of(2026, 3, 10));
        String capability = capability("hosting");
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(underTheAct(fixed(UUID.randomUUID(), 0, "CAM", capability, "2028-02-29", "100000"), LocalDate.of(2026, 3, 1),
                    new NoticeDue(NoticeType.UK7, LocalDate.of(2026, 3, 31)), new NoticeDue(NoticeType.UK11, LocalDate.of(2028, 3, 30))));
            events.contract(underTheAct(fixed(UUID.randomUUID(), 0, "HDC", capability, "2027-12-31", "80000"), LocalDate.of(2026, 1, 1),
                    new NoticeDue(NoticeType.UK7, LocalDate.of(2026, 1, 31))));
        }
        String camDetails = "<td>2026-03-31</td><td>in 21 days</td><td>CAM</td>\n          <td>" + capability + "</td><td>CAM-" + capability
                + "</td><td>Publish the contract details notice (UK7) on Find a Tender</td>";
        String hdcDetailsOverdue = "<td>2026-01-31</td><td class=\"overdue-text\">38 days overdue</td><td>HDC</td>\n          <td>"
                + capability + "</td><td>HDC-" + capability + "</td><td>Publish the contract details notice (UK7) on Find a Tender</td>";

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("capability", capability).get("/dashboard")
                .then().statusCode(200).body(containsString(camDetails)).body(containsString(hdcDetailsOverdue))
                .body(not(containsString("(UK11)")))); // due in two years, beyond the 90 days
        given().queryParam("capability", capability).queryParam("council", "CAM").get("/dashboard").then().statusCode(200)
                .body(containsString(camDetails)).body(not(containsString("HDC-" + capability)));
    }

    @Test
    void aDashboardLinkOpensThePageWithoutATokenFixedToItsCouncilUntilRevoked() {
        String capability = capabilityWithAPlan();
        String officer = "Bearer " + Tokens.officer("CAM");
        var created = given().header("Authorization", officer).contentType(ContentType.JSON)
                .body("{\"council\": \"CAM\", \"label\": \"Members' briefing\"}").post("/dashboard-links").then().statusCode(201)
                .body("council", equalTo("CAM")).extract();
        String path = URI.create(created.path("url")).getPath();

        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).queryParam("capability", capability).get(path).then()
                .statusCode(200).body(containsString("CAM-" + capability)).body(not(containsString("SCDC-" + capability)))
                .body(not(containsString("id=\"council\"")));
        // The council is the link's, whatever the address asks.
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).queryParam("capability", capability).queryParam("council", "SCDC")
                .get(path).then().statusCode(200).body(not(containsString("SCDC-" + capability)));

        given().header("Authorization", officer).delete("/dashboard-links/{id}", created.path("id").toString()).then().statusCode(204);
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get(path).then().statusCode(404);
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/dashboard/not-a-secret").then().statusCode(404);
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/dashboard").then().statusCode(401);
    }

    @Test
    void badFiltersAreRefused() {
        given().queryParam("council", "XYZ").get("/dashboard").then().statusCode(400).body("errors[0].field", equalTo("council"));
        given().queryParam("asOf", "2026-02-30").get("/dashboard").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().contentType(ContentType.JSON).body("{\"council\": \"XYZ\"}").post("/dashboard-links").then().statusCode(400);
    }
}
