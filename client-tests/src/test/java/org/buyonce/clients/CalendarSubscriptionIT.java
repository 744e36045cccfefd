package org.buyonce.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A procurement officer subscribes a calendar app to their council's deadlines by pasting one URL: ical.js (Mozilla's
 * parser, as in Thunderbird) fetches it with no token and reads each deadline, its reminder and the refresh hints.
 */
class CalendarSubscriptionIT {

    private static final String SCRIPT = "src/test/ical/subscribe.mjs";

    @Test
    void aCalendarAppSubscribesToACouncilsDeadlinesWithTheUrlAlone() throws Exception {
        String contracts = LiveSystem.system().contracts();
        String officer = "Bearer " + LiveSystem.system().tokens().token("officer@scdc.test", List.of("officer"), "SCDC", Duration.ofHours(1));
        LocalDate end = LocalDate.now().plusMonths(9).withDayOfMonth(1).minusDays(1); // within the feed's year
        String reference = "CAL-" + UUID.randomUUID().toString().substring(0, 8);
        io.restassured.path.json.JsonPath created = given().baseUri(contracts).header("Authorization", officer).contentType("application/json").body("""
                        {"council": "SCDC", "reference": "%s", "supplier": {"name": "Gamma"}, "capability": "telephony",
                         "title": "Telephony – £ and “quotes”, a title long enough that its line must be folded",
                         "startDate": "%s", "endDate": "%s", "extensionOptions": [{"months": 12}], "noticePeriodMonths": 3,
                         "renewalType": "FIXED", "annualValue": 60000}""".formatted(reference, end.minusYears(3).plusDays(1), end))
                .post("/contracts").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        String url = given().baseUri(contracts).header("Authorization", officer).contentType("application/json")
                .body("{\"council\": \"SCDC\", \"label\": \"Outlook\"}").post("/calendar-links").then().statusCode(201)
                .extract().path("url");

        JsonNode feed = subscribe(url);

        assertThat(feed.path("status").asInt()).isEqualTo(200);
        assertThat(feed.path("contentType").asText()).startsWith("text/calendar");
        assertThat(feed.path("longestLine").asInt()).as("octets in the longest line").isLessThanOrEqualTo(75);
        assertThat(feed.path("bareLineFeeds").asBoolean()).isFalse();
        assertThat(feed.path("name").asText()).contains("SCDC");
        assertThat(feed.path("refreshInterval").asText()).isEqualTo("PT6H");
        assertThat(feed.path("publishedTtl").asText()).isEqualTo("PT6H");
        List<JsonNode> ours = new ArrayList<>();
        feed.path("events").forEach(event -> {
            assertThat(event.path("dtstamps").asInt()).as(event.path("uid").asText()).isEqualTo(1);
            if (event.path("uid").asText().startsWith(id)) {
                ours.add(event);
            }
        });
        assertThat(ours).extracting(event -> event.path("uid").asText())
                .containsExactly(id + "-option-1@buyonce", id + "-end@buyonce");
        JsonNode decision = ours.get(0);
        assertThat(decision.path("start").asText()).isEqualTo(created.getString("noticeDeadline"));
        assertThat(decision.path("summary").asText()).contains("Telephony – £ and “quotes”, a title long enough that its line must be folded");
        assertThat(decision.path("alarms").get(0).asText()).isEqualTo("-P2W"); // 14 days before
        assertThat(ours.get(1).path("start").asText()).isEqualTo(end.toString());
        assertThat(ours.get(1).path("alarms")).isEmpty();

        String linkId = given().baseUri(contracts).header("Authorization", officer).get("/calendar-links").then().statusCode(200)
                .extract().path("find { it.label == 'Outlook' }.id");
        given().baseUri(contracts).header("Authorization", officer).delete("/calendar-links/" + linkId).then().statusCode(204);
        assertThat(subscribe(url).path("status").asInt()).as("a revoked link").isEqualTo(404);
    }

    private static JsonNode subscribe(String url) throws Exception {
        Command parse = Command.run(List.of("node", SCRIPT, url), Duration.ofMinutes(1));
        assertThat(parse.exitCode()).as(parse.output()).isZero();
        return new ObjectMapper().readTree(parse.output().lines().reduce((first, second) -> second).orElseThrow());
    }
}
