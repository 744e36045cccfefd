package org.buyonce.contract.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
import static org.buyonce.contract.ContractJson.option;
import static org.buyonce.contract.ContractJson.valid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Options, termination, expiry and tacit renewal, with "today" pinned to exact dates. */
@QuarkusTest
class ContractLifecycleTest {

    @Inject
    TestClock clock;

    @Inject
    ContractExpiryJob expiryJob;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    /** FIXED, ends 2030-03-31, options of 12 and 12 months, 3 months' notice: option 1's decision date is 2029-12-31. */
    private static String fixedContract() {
        Map<String, Object> body = valid();
        body.put("endDate", "2030-03-31");
        return create(body);
    }

    @Test
    void exercisingTheNextOptionMovesTheEndByItsMonths() {
        String id = fixedContract();
        clock.setToday(LocalDate.of(2029, 6, 1));

        exercise(id).statusCode(200)
                .body("endDate", equalTo("2031-03-31"))
                .body("extensionOptions.status", contains("EXERCISED", "AVAILABLE"))
                .body("noticeDeadline", equalTo("2030-12-31"))
                .body("latestPossibleEnd", equalTo("2032-03-31"))
                .body("version", equalTo(1));
    }

    @Test
    void anOptionCanBeExercisedOnItsDecisionDate() {
        String id = fixedContract();
        clock.setToday(LocalDate.of(2029, 12, 31));

        exercise(id).statusCode(200).body("endDate", equalTo("2031-03-31"));
    }

    @Test
    void anOptionWhoseDecisionDateHasPassedIsRefused() {
        String id = fixedContract();
        clock.setToday(LocalDate.of(2030, 1, 1));

        exercise(id).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("decision date of option 1 was 2029-12-31"));
        given().get("/contracts/{id}", id).then().body("endDate", equalTo("2030-03-31")).body("version", equalTo(0));
    }

    @Test
    void exercisingWithNoOptionLeftIsRefused() {
        String id = fixedContract();
        clock.setToday(LocalDate.of(2029, 6, 1));
        exercise(id).statusCode(200);
        exercise(id).statusCode(200).body("endDate", equalTo("2032-03-31")).body("latestPossibleEnd", equalTo("2032-03-31"));

        exercise(id).statusCode(409).body("detail", containsString("no extension option left"));
    }

    @Test
    void exercisingClampsToTheEndOfTheMonth() {
        Map<String, Object> body = valid();
        body.put("endDate", "2030-12-31");
        body.put("extensionOptions", List.of(option(2)));
        String id = create(body);
        clock.setToday(LocalDate.of(2030, 6, 1));

        exercise(id).statusCode(200).body("endDate", equalTo("2031-02-28")).body("noticeDeadline", equalTo("2030-11-28"));
    }

    @Test
    void decliningAnOptionLeavesTheEndAndShortensTheLatestPossibleEnd() {
        String id = fixedContract();
        clock.setToday(LocalDate.of(2029, 6, 1));

        given().header("If-Match", ContractJson.etag(id)).post("/contracts/{id}/options/decline", id).then().statusCode(200)
                .body("endDate", equalTo("2030-03-31"))
                .body("extensionOptions.status", contains("DECLINED", "AVAILABLE"))
                .body("latestPossibleEnd", equalTo("2031-03-31"));
    }

    @Test
    void aStaleIfMatchOnAnOperationIsRefused() {
        String id = fixedContract();
        clock.setToday(LocalDate.of(2029, 6, 1));

        given().header("If-Match", "\"7\"").post("/contracts/{id}/options/exercise", id).then().statusCode(412);
    }

    @Test
    void aTacitContractHasNoOptionToExercise() {
        Map<String, Object> body = valid();
        body.put("renewalType", "TACIT");
        body.put("renewalPeriodMonths", 12);
        body.remove("extensionOptions");

        exercise(create(body)).statusCode(409).body("detail", containsString("TACIT"));
    }

    @Test
    void terminationEndsTheContractOnTheDateGiven() {
        String id = fixedContract();
        clock.setToday(LocalDate.of(2029, 6, 1));

        given().contentType(ContentType.JSON).header("If-Match", ContractJson.etag(id))
                .body(Map.of("terminationDate", "2029-09-30", "reason", "consolidated")).post("/contracts/{id}/terminate", id).then().statusCode(200)
                .body("status", equalTo("TERMINATED")).body("endDate", equalTo("2029-09-30"))
                .body("terminationReason", equalTo("consolidated")).body("latestPossibleEnd", equalTo("2029-09-30"));

        exercise(id).statusCode(409).body("detail", containsString("TERMINATED"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(valid()).put("/contracts/{id}", id).then().statusCode(409);
    }

    @Test
    void terminationDateOutsideTheContractIsRefused() {
        String id = fixedContract();

        given().contentType(ContentType.JSON).header("If-Match", ContractJson.etag(id)).body(Map.of("terminationDate", "2030-04-01"))
                .post("/contracts/{id}/terminate", id).then().statusCode(400)
                .body("errors[0].field", equalTo("terminationDate")).body("errors[0].message", containsString("2030-03-31"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/contracts/{id}/terminate", id).then().statusCode(400);
        given().get("/contracts/{id}", id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void theDailyJobExpiresAFixedContractTheDayAfterItsEnd() {
        String id = fixedContract();

        clock.setToday(LocalDate.of(2030, 3, 31));
        expiryJob.run();
        given().get("/contracts/{id}", id).then().body("status", equalTo("ACTIVE"));

        clock.setToday(LocalDate.of(2030, 4, 1));
        expiryJob.run();
        given().get("/contracts/{id}", id).then().body("status", equalTo("EXPIRED")).body("latestPossibleEnd", equalTo("2030-03-31"));
    }

    @Test
    void theDailyJobRenewsATacitContractByWholePeriods() {
        Map<String, Object> body = valid();
        body.put("endDate", "2030-03-31");
        body.put("renewalType", "TACIT");
        body.put("renewalPeriodMonths", 12);
        body.remove("extensionOptions");
        String id = create(body);

        clock.setToday(LocalDate.of(2031, 5, 1));
        expiryJob.run();

        given().get("/contracts/{id}", id).then().body("status", equalTo("ACTIVE"))
                .body("endDate", equalTo("2032-03-31")).body("noticeDeadline", equalTo("2031-12-31"))
                .body("latestPossibleEnd", nullValue());
    }

    @Test
    void aContractRecordedAfterItsEndIsExpiredAtOnce() {
        Map<String, Object> body = valid();
        body.put("startDate", "2019-04-01");
        body.put("endDate", "2024-03-31");

        ContractJson.post(body).statusCode(201).body("status", equalTo("EXPIRED"));
    }

    private static io.restassured.response.ValidatableResponse exercise(String id) {
        return given().header("If-Match", ContractJson.etag(id)).post("/contracts/{id}/options/exercise", id).then();
    }
}
