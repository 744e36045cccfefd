package org.buyonce.contract.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.buyonce.contract.ContractJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.buyonce.contract.ContractJson.create;
import static org.buyonce.contract.ContractJson.option;
import static org.buyonce.contract.ContractJson.valid;
import static org.buyonce.contract.ContractJson.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** Bad input gets a problem+json 4xx that names each bad field, and nothing is written. */
@QuarkusTest
class ContractValidationTest {

    private int contractsBefore;

    @BeforeEach
    void countContracts() {
        contractsBefore = totalContracts();
    }

    @Test
    void unknownCouncilAndCapabilityAreNamed() {
        Map<String, Object> body = with("council", "XYZ");
        body.put("capability", "teleportation");

        rejected(body).body("errors.field", hasItems("council", "capability"))
                .body("errors.message", hasItem(containsString("CAM, HDC, SCDC")));
    }

    @Test
    void endBeforeStartIsRefused() {
        Map<String, Object> body = with("startDate", "2026-04-01");
        body.put("endDate", "2026-03-31");

        rejected(body).body("errors[0].field", equalTo("endDate")).body("errors[0].message", containsString("2026-04-01"));
    }

    @Test
    void negativeMoneyIsRefused() {
        rejected(with("annualValue", -0.01)).body("errors[0].field", equalTo("annualValue"))
                .body("errors[0].message", equalTo("must not be negative"));
    }

    @Test
    void moneyWithMoreThanTwoDecimalPlacesIsRefused() {
        rejected(with("annualValue", 100.001)).body("errors[0].field", equalTo("annualValue"));
    }

    @Test
    void moneyThatIsNotANumberIsRefused() {
        rejected(with("annualValue", "a lot")).body("errors[0].field", equalTo("annualValue"))
                .body("errors[0].message", equalTo("must be a number"));
    }

    @Test
    void optionsMustBePositive() {
        rejected(with("extensionOptions", List.of(option(12), option(0), option(-6))))
                .body("errors.field", hasItems("extensionOptions[1].months", "extensionOptions[2].months"));
    }

    @Test
    void jointSharesMustSumToOneHundred() {
        Map<String, Object> body = with("participants", List.of(
                Map.of("council", "SCDC", "sharePercent", 50), Map.of("council", "HDC", "sharePercent", 40)));

        rejected(body).body("errors[0].field", equalTo("participants")).body("errors[0].message", containsString("sum to 90"));
    }

    @Test
    void jointSharesSummingToOneHundredAreAccepted() {
        Map<String, Object> body = with("participants", List.of(Map.of("council", "SCDC", "sharePercent", 33.34),
                Map.of("council", "HDC", "sharePercent", 33.33), Map.of("council", "CAM", "sharePercent", 33.33)));

        ContractJson.post(body).statusCode(201).body("participants.sharePercent", hasItems(33.34f, 33.33f));
    }

    @Test
    void tacitNeedsARenewalPeriodAndNoOptions() {
        Map<String, Object> body = with("renewalType", "TACIT");

        rejected(body).body("errors.field", hasItems("renewalPeriodMonths", "extensionOptions"));
    }

    @Test
    void malformedJsonIsRefused() {
        send("{\"council\": \"SCDC\", \"title\": ").statusCode(400).contentType("application/problem+json")
                .body("type", containsString("malformed-json"));
        assertNothingWritten();
    }

    @Test
    void wrongTypesAreRefused() {
        rejected(with("startDate", "1st April 2022")).body("errors[0].field", equalTo("startDate"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
        rejected(with("noticePeriodMonths", "three")).body("errors[0].field", equalTo("noticePeriodMonths"));
        rejected(with("renewalType", "SOMETIMES")).body("errors[0].field", equalTo("renewalType"));
        rejected(with("extensionOptions", "12,12")).body("errors[0].field", equalTo("extensionOptions"));
    }

    @Test
    void aListOfNumbersWhereOptionsBelongNamesEachAndShowsTheShapeExpected() {
        String expected = "expected an object like {\"months\": 12, \"status\": \"AVAILABLE\"}";

        rejected(with("extensionOptions", List.of(12, 12))).body("detail", equalTo("2 fields are invalid"))
                .body("errors.field", contains("extensionOptions[0]", "extensionOptions[1]"))
                .body("errors.message", everyItem(equalTo(expected)));
    }

    @Test
    void everyBadFieldIsListedInOneAnswer() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("council", "SCDC", "supplier", "Acme",
                "startDate", "1st April 2022", "annualValue", "a lot", "noticePeriodMonths", "three"));
        body.put("extensionOptions", List.of(option(12), 24));
        body.put("colour", "blue");

        rejected(body).body("errors.findAll { it.field == 'supplier' }.message", contains(
                        "expected an object like {\"name\": \"Gamma Communications\", \"companyNumber\": \"04340834\", \"sme\": false, \"vcse\": false, \"ppon\": \"PQRS-1234-ABCD\"}"))
                .body("errors.findAll { it.field == 'startDate' }.message", contains(containsString("YYYY-MM-DD")))
                .body("errors.findAll { it.field == 'annualValue' }.message", contains("must be a number"))
                .body("errors.findAll { it.field == 'noticePeriodMonths' }.message", contains(containsString("whole number")))
                .body("errors.findAll { it.field == 'colour' }.message", contains("unknown field 'colour'"))
                .body("errors.field", hasItems("extensionOptions[1]", "reference", "title", "capability", "endDate", "renewalType"))
                .body("errors.field", not(hasItem("extensionOptions[0]")))
                .body("errors.field", not(hasItem("extensionOptions[0].months")));
    }

    @Test
    void serverOwnedFieldsCannotBeSet() {
        rejected(with("id", "5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10")).body("errors[0].message", equalTo("unknown field 'id'"));
        rejected(with("noticeDeadline", "2020-01-01")).body("errors[0].field", equalTo("noticeDeadline"));
        rejected(with("status", "EXPIRED")).body("errors[0].field", equalTo("status"));
    }

    @Test
    void missingRequiredFieldsAreAllListed() {
        rejected(Map.of("council", "SCDC")).body("errors.field", hasItems("reference", "title", "supplier", "capability",
                "startDate", "endDate", "noticePeriodMonths", "renewalType", "annualValue"));
    }

    @Test
    void emptyBodyIsRefused() {
        send("").statusCode(400).contentType("application/problem+json");
        assertNothingWritten();
    }

    @Test
    void oversizedBodyIs413() {
        Map<String, Object> body = with("title", "x".repeat(300_000));

        ContractJson.post(body).statusCode(413).contentType("application/problem+json");
        assertNothingWritten();
    }

    @Test
    void duplicateReferenceOfACouncilIs409() {
        Map<String, Object> body = valid();
        create(body);
        contractsBefore = totalContracts();

        ContractJson.post(body).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString((String) body.get("reference")));
        assertNothingWritten();
    }

    @Test
    void badCompanyNumberIsRefused() {
        rejected(with("supplier", Map.of("name", "Acme", "companyNumber", "12-34"))).body("errors[0].field", equalTo("supplier.companyNumber"));
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        Map<String, Object> body = valid();
        String id = create(body);
        body.put("endDate", "2000-01-01");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/contracts/{id}", id)
                .then().statusCode(400);
        given().get("/contracts/{id}", id).then().body("version", equalTo(0)).body("endDate", not(equalTo("2000-01-01")));
    }

    @Test
    void noErrorBodyRevealsInternals() {
        send("{\"annualValue\": [1,2]}").statusCode(400)
                .body(not(containsString("com.fasterxml"))).body(not(containsString("Exception"))).body(not(containsString("org.")));
    }

    private ValidatableResponse rejected(Map<String, Object> body) {
        ValidatableResponse response = ContractJson.post(body).statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));
        assertNothingWritten();
        return response;
    }

    private static ValidatableResponse send(String rawBody) {
        return given().contentType(ContentType.JSON).body(rawBody).post("/contracts").then();
    }

    private void assertNothingWritten() {
        org.assertj.core.api.Assertions.assertThat(totalContracts()).isEqualTo(contractsBefore);
    }

    private static int totalContracts() {
        return given().queryParam("size", 1).get("/contracts").then().statusCode(200).extract().path("totalItems");
    }
}
