package org.buyonce.contract.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.buyonce.contract.ContractJson;
import org.buyonce.contract.TestClock;
import org.buyonce.contract.service.ContractExpiryJob;
import org.buyonce.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.buyonce.contract.ContractJson.create;
import static org.buyonce.contract.ContractJson.valid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** The audit trail: every change, what it changed, when and by whom. */
@QuarkusTest
class ContractHistoryTest {

    @Inject
    TestClock clock;

    @Inject
    ContractExpiryJob expiryJob;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void historyListsEachChangeWithWhatItChangedAndWhoMadeIt() {
        Map<String, Object> body = valid();
        body.put("endDate", "2030-03-31");
        body.put("annualValue", 100000);
        String id = create(body); // as an admin
        body.put("annualValue", 95000.50);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.officer("SCDC"))
                .header("If-Match", "\"0\"").body(body).put("/contracts/{id}", id).then().statusCode(200);
        clock.setToday(LocalDate.of(2029, 6, 1));
        given().header("Authorization", "Bearer " + Tokens.officer("SCDC")).header("If-Match", ContractJson.etag(id)).post("/contracts/{id}/options/exercise", id)
                .then().statusCode(200);

        given().get("/contracts/{id}/history", id).then().statusCode(200)
                .body("", hasSize(3))
                .body("type", contains("CREATED", "CHANGED", "OPTION_EXERCISED"))
                .body("version", contains(0, 1, 2))
                .body("changedBy", contains("admin@test", "officer.scdc@test", "officer.scdc@test"))
                .body("[0].changes.field", hasItem("reference"))
                .body("[1].changes.field", contains("annualValue", "estimatedValue"))
                .body("[1].changes[0].from", equalTo(100000.00f))
                .body("[1].changes[0].to", equalTo(95000.50f))
                .body("[2].changes.field", contains("endDate", "extensionOptions", "noticeDeadline"))
                .body("[2].changes.find { it.field == 'endDate' }.from", equalTo("2030-03-31"))
                .body("[2].changes.find { it.field == 'endDate' }.to", equalTo("2031-03-31"))
                .body("[2].changedAt", notNullValue());
    }

    @Test
    void theHistoryOfADeletedContractEndsWithItsDeletion() {
        String id = create(valid());
        given().delete("/contracts/{id}", id).then().statusCode(204);

        given().get("/contracts/{id}/history", id).then().statusCode(200).body("type", contains("CREATED", "DELETED"));
    }

    @Test
    void eachRevisionIsNamedAsItsEventIs() {
        String declined = create(valid()); // ends 2030-03-31, options 12 + 12
        Map<String, Object> fixed = valid();
        fixed.put("endDate", "2029-04-30");
        String expired = create(fixed);
        Map<String, Object> tacit = valid();
        tacit.put("endDate", "2029-04-30");
        tacit.put("renewalType", "TACIT");
        tacit.put("renewalPeriodMonths", 12);
        tacit.remove("extensionOptions");
        String renewed = create(tacit);

        clock.setToday(LocalDate.of(2029, 3, 1));
        given().header("If-Match", ContractJson.etag(declined)).post("/contracts/{id}/options/decline", declined).then().statusCode(200);
        given().header("If-Match", ContractJson.etag(declined)).contentType(ContentType.JSON)
                .body(Map.of("terminationDate", "2029-12-31", "reason", "Consolidated")).post("/contracts/{id}/terminate", declined)
                .then().statusCode(200);
        clock.setToday(LocalDate.of(2029, 5, 1));
        expiryJob.run();

        given().get("/contracts/{id}/history", declined).then()
                .body("type", contains("CREATED", "OPTION_DECLINED", "TERMINATED")).body("version", contains(0, 1, 2));
        given().get("/contracts/{id}/history", expired).then().body("type", contains("CREATED", "EXPIRED"));
        given().get("/contracts/{id}/history", renewed).then().body("type", contains("CREATED", "RENEWED"))
                .body("[1].changes.find { it.field == 'endDate' }.to", equalTo("2030-04-30"));
        given().get("/contracts/{id}", renewed).then().header("ETag", "\"1\"");

        // Expired in 2029, it would be active again today: remove it rather than leave it for other tests to trip on.
        clock.reset();
        given().delete("/contracts/{id}", expired).then().statusCode(204);
    }

    @Test
    void aContractThatNeverExistedHasNoHistory() {
        given().get("/contracts/{id}/history", UUID.randomUUID()).then().statusCode(404);
    }
}
