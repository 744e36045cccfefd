package org.buyonce.contract.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.buyonce.contract.ContractJson;
import org.buyonce.contract.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.buyonce.contract.ContractJson.create;
import static org.buyonce.contract.ContractJson.valid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class DeadlineResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void upcomingDeadlinesAndEndsComeSoonestFirst() {
        String capability = newCapability();
        Map<String, Object> fixed = valid(); // decision on option 1 by 2035-12-31, ends 2036-03-31
        fixed.put("capability", capability);
        fixed.put("endDate", "2036-03-31");
        Map<String, Object> tacit = valid(); // notice by 2035-10-31, ends 2036-01-31
        tacit.put("capability", capability);
        tacit.put("council", "HDC");
        tacit.put("endDate", "2036-01-31");
        tacit.put("renewalType", "TACIT");
        tacit.put("renewalPeriodMonths", 24);
        tacit.remove("extensionOptions");
        String fixedId = create(fixed);
        String tacitId = create(tacit);
        clock.setToday(LocalDate.of(2035, 10, 1));

        given().queryParam("within", "P6M").queryParam("capability", capability).get("/contracts/deadlines").then()
                .statusCode(200)
                .body("items.date", contains("2035-10-31", "2035-12-31", "2036-01-31", "2036-03-31"))
                .body("items.kind", contains("NOTICE", "OPTION_DECISION", "END", "END"))
                .body("items.contractId", contains(tacitId, fixedId, tacitId, fixedId))
                .body("items[0].daysLeft", equalTo(30))
                .body("items[0].action", containsString("renews for 24 months"))
                .body("items[1].action", equalTo("Exercise option 1 (12 months) or let the contract end on 2036-03-31"));

        given().queryParam("within", "P60D").queryParam("capability", capability).get("/contracts/deadlines").then()
                .body("items.date", contains("2035-10-31"));
    }

    @Test
    void deadlinesAreAnICalendarFeed() {
        String capability = newCapability();
        Map<String, Object> body = valid();
        body.put("capability", capability);
        body.put("endDate", "2036-03-31");
        String id = create(body);
        clock.setToday(LocalDate.of(2035, 10, 1));

        String calendar = given().queryParam("capability", capability).get("/contracts/deadlines.ics").then()
                .statusCode(200).contentType(startsWith("text/calendar")).extract().asString();

        org.assertj.core.api.Assertions.assertThat(calendar.replace("\r\n ", ""))
                .startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0")
                .contains("DTSTART;VALUE=DATE:20351231").contains("DTSTART;VALUE=DATE:20360331")
                .contains("UID:" + id + "-option-1@buyonce").contains("UID:" + id + "-end@buyonce")
                .contains("SUMMARY:Option 1 decision: SCDC");
    }

    @Test
    void aMalformedWindowIs400() {
        given().queryParam("within", "six months").get("/contracts/deadlines").then().statusCode(400)
                .body("errors[0].field", equalTo("within"));
        given().queryParam("within", "P20Y").get("/contracts/deadlines").then().statusCode(400);
        given().queryParam("within", "-P1D").get("/contracts/deadlines").then().statusCode(400);
    }

    private static String newCapability() {
        String code = "cap-" + Long.toHexString(System.nanoTime());
        given().contentType("application/json").body(Map.of("code", code, "name", "Deadline test " + code))
                .post("/capabilities").then().statusCode(201);
        return code;
    }
}
