package org.buyonce.contract.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.buyonce.contract.TestClock;
import org.buyonce.links.LinkSecrets;
import org.buyonce.testing.AdminTokenByDefault;
import org.buyonce.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.buyonce.contract.ContractJson.create;
import static org.buyonce.contract.ContractJson.valid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class CalendarLinkTest {

    private static final String OFFICER = "Bearer " + Tokens.officer("SCDC");

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource database;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCalendarAppSubscribesWithTheLinkAloneAndSeesItsCouncilsDeadlines() throws Exception {
        String capability = "cal-" + Long.toHexString(System.nanoTime());
        given().contentType("application/json").body(Map.of("code", capability, "name", "Calendar " + capability))
                .post("/capabilities").then().statusCode(201);
        Map<String, Object> scdc = valid(); // SCDC: option 1 decision by 2035-12-31, ends 2036-03-31
        scdc.put("capability", capability);
        scdc.put("endDate", "2036-03-31");
        Map<String, Object> hdc = valid();
        hdc.put("capability", capability);
        hdc.put("council", "HDC");
        hdc.put("endDate", "2036-03-31");
        String scdcId = create(scdc);
        String hdcId = create(hdc);
        clock.setToday(LocalDate.of(2035, 10, 1));

        ExtractableResponse<Response> created = given().header("Authorization", OFFICER).contentType("application/json")
                .body("{\"council\": \"SCDC\", \"label\": \"Team Outlook\", \"within\": \"P1Y\"}").post("/calendar-links")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.matchesPattern(".*/calendar-links/[0-9a-f-]{36}"))
                .body("council", equalTo("SCDC")).body("label", equalTo("Team Outlook")).body("within", equalTo("P1Y"))
                .body("createdBy", equalTo("officer.scdc@test")).body("lastUsedAt", nullValue())
                .extract();
        URI url = URI.create(created.path("url"));
        String secret = url.getPath().replaceAll(".*/calendars/(.*)\\.ics", "$1");
        assertThat(secret).hasSize(43); // 256 bits, base64url

        String feed = given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get(url.getPath()).then().statusCode(200)
                .contentType(startsWith("text/calendar")).header("Cache-Control", "private, max-age=300")
                .extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        List<String> uids = calendar.<VEvent>getComponents("VEVENT").stream()
                .map(event -> event.getUid().orElseThrow().getValue()).toList();
        assertThat(uids).contains(scdcId + "-option-1@buyonce", scdcId + "-end@buyonce")
                .noneMatch(uid -> uid.startsWith(hdcId));

        String id = created.path("id");
        given().header("Authorization", OFFICER).get("/calendar-links").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.url", nullValue())
                .body("find { it.id == '" + id + "' }.lastUsedAt", notNullValue());
        // Only the secret's hash is kept.
        assertThat(query("SELECT secret_hash || ' ' || kind FROM secret_link WHERE id = '" + id + "'::uuid"))
                .isEqualTo(LinkSecrets.hash(secret) + " calendar");
    }

    @Test
    void withoutAWindowTheFeedShowsEachContractsDatesHoweverFarAhead() throws Exception {
        String capability = "far-" + Long.toHexString(System.nanoTime());
        given().contentType("application/json").body(Map.of("code", capability, "name", "Calendar " + capability))
                .post("/capabilities").then().statusCode(201);
        Map<String, Object> contract = valid();
        contract.put("capability", capability);
        contract.put("endDate", "2041-03-31"); // five and a half years after today below
        String id = create(contract);
        clock.setToday(LocalDate.of(2035, 10, 1));

        String everything = feedOf(given().header("Authorization", OFFICER).contentType("application/json")
                .body("{\"council\": \"SCDC\"}").post("/calendar-links").then().statusCode(201).body("within", nullValue()));
        String nextYear = feedOf(given().header("Authorization", OFFICER).contentType("application/json")
                .body("{\"council\": \"SCDC\", \"within\": \"P1Y\"}").post("/calendar-links").then().statusCode(201));

        assertThat(uidsOf(everything)).contains(id + "-option-1@buyonce", id + "-end@buyonce");
        assertThat(uidsOf(nextYear)).noneMatch(uid -> uid.startsWith(id));
        assertThat(uidsOf(given().queryParam("capability", capability).accept("text/calendar").get("/contracts/deadlines.ics")
                .then().statusCode(200).extract().asString())).as("the feed's own default").contains(id + "-end@buyonce");
    }

    private static String feedOf(io.restassured.response.ValidatableResponse created) {
        URI url = URI.create(created.extract().path("url"));
        return given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get(url.getPath()).then().statusCode(200).extract().asString();
    }

    private static List<String> uidsOf(String feed) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        return calendar.<VEvent>getComponents("VEVENT").stream().map(event -> event.getUid().orElseThrow().getValue()).toList();
    }

    @Test
    void aRevokedOrUnknownSecretIsNotFound() {
        ExtractableResponse<Response> created = given().header("Authorization", OFFICER).contentType("application/json")
                .body("{}").post("/calendar-links").then().statusCode(201).body("council", nullValue()).extract();
        String path = URI.create(created.path("url")).getPath();
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get(path).then().statusCode(200);

        given().header("Authorization", OFFICER).delete("/calendar-links/" + created.path("id")).then().statusCode(204);

        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get(path).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", OFFICER).get("/calendar-links").then()
                .body("id", not(hasItem(created.path("id").toString())));
        String unknown = LinkSecrets.newSecret();
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/calendars/" + unknown + ".ics").then().statusCode(404);
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/calendars/short.ics").then().statusCode(404);
        given().header("Authorization", OFFICER).delete("/calendar-links/" + created.path("id")).then().statusCode(404);
    }

    @Test
    void aUserSeesAndRevokesOnlyTheirOwnLinksAndAnAdminAll() {
        String id = given().header("Authorization", OFFICER).contentType("application/json").body("{\"label\": \"mine\"}")
                .post("/calendar-links").then().statusCode(201).extract().path("id");
        String other = "Bearer " + Tokens.officer("HDC");

        given().header("Authorization", other).get("/calendar-links").then().statusCode(200).body("id", not(hasItem(id)));
        given().header("Authorization", other).get("/calendar-links/" + id).then().statusCode(404);
        given().header("Authorization", other).delete("/calendar-links/" + id).then().statusCode(404);
        given().header("Authorization", OFFICER).get("/calendar-links/" + id).then().statusCode(200)
                .body("label", equalTo("mine")).body("url", nullValue());
        given().get("/calendar-links").then().statusCode(200).body("id", hasItem(id)); // the admin
        given().delete("/calendar-links/" + id).then().statusCode(204);
    }

    @Test
    void theUrlNamesTheHostTheIngressForwardsFor() {
        String url = given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "buyonce.example.gov.uk")
                .contentType("application/json").body("{}").post("/calendar-links").then().statusCode(201)
                .extract().path("url");
        assertThat(url).matches("https://buyonce\\.example\\.gov\\.uk/calendars/[A-Za-z0-9_-]{43}\\.ics");
    }

    @Test
    void badRequestsAreRefusedAndWriteNothing() {
        long before = links();
        given().contentType("application/json").body("{\"council\": \"XYZ\"}").post("/calendar-links").then().statusCode(400)
                .body("errors[0].field", equalTo("council"));
        given().contentType("application/json").body("{\"within\": \"P20Y\"}").post("/calendar-links").then().statusCode(400)
                .body("errors[0].field", equalTo("within"));
        given().contentType("application/json").body("{\"label\": \"" + "x".repeat(201) + "\"}").post("/calendar-links").then()
                .statusCode(400).body("errors[0].field", equalTo("label"));
        given().contentType("application/json").body("{\"secret\": \"mine\"}").post("/calendar-links").then().statusCode(400);
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).contentType("application/json").body("{}")
                .post("/calendar-links").then().statusCode(401);
        assertThat(links()).isEqualTo(before);
    }

    private long links() {
        return Long.parseLong(query("SELECT count(*) FROM secret_link"));
    }

    private String query(String sql) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
