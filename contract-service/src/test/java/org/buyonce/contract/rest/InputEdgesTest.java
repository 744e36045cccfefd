package org.buyonce.contract.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import org.buyonce.contract.ContractJson;
import org.buyonce.contract.api.RequestExamples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Strict is not narrow: what is within the rules, up to their edges, is taken exactly as sent. */
@QuarkusTest
class InputEdgesTest {

    private static final JsonPathConfig EXACT = JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    /** The request example with a fresh reference and one value replaced, as raw JSON so that numbers stay as written. */
    private static String contract(String original, String replacement) {
        String json = RequestExamples.CONTRACT.replace("SCDC-ICT-017", "EDGE-" + UUID.randomUUID());
        assertThat(json).contains(original);
        return json.replace(original, replacement);
    }

    private static io.restassured.response.ValidatableResponse post(String json) {
        return given().contentType(ContentType.JSON).body(json).post("/contracts").then();
    }

    @Test
    void anAmountWithTrailingZerosIsTheAmountItMeans() {
        BigDecimal stored = post(contract("\"annualValue\": 60000.00", "\"annualValue\": 1.100")).statusCode(201)
                .extract().jsonPath(EXACT).getObject("annualValue", BigDecimal.class);

        assertThat(stored).isEqualByComparingTo("1.10");
    }

    @Test
    void theLargestAmountIsKeptToThePenny() {
        BigDecimal stored = post(contract("\"annualValue\": 60000.00", "\"annualValue\": 999999999999.99")).statusCode(201)
                .extract().jsonPath(EXACT).getObject("annualValue", BigDecimal.class);

        assertThat(stored).isEqualByComparingTo("999999999999.99");
    }

    @Test
    void datesAtTheEdgesOfTheRangeAreTaken() {
        String json = contract("\"startDate\": \"2022-04-01\", \"endDate\": \"2027-03-31\"",
                "\"startDate\": \"1900-01-01\", \"endDate\": \"2199-12-31\"").replace("[{\"months\": 12}, {\"months\": 12}]", "[]");

        post(json).statusCode(201).body("startDate", equalTo("1900-01-01")).body("endDate", equalTo("2199-12-31"));
    }

    @Test
    void textBeyondAsciiIsStoredExactly() {
        String title = "Café ☕ — Überwachung 😀 日本語";
        String id = ContractJson.create(ContractJson.with("title", title));

        given().get("/contracts/{id}", id).then().statusCode(200).body("title", equalTo(title));
    }

    @Test
    void anUnquotedIfMatchIsTakenAsTheETagItMeans() {
        String id = ContractJson.create(ContractJson.valid());

        given().contentType(ContentType.JSON).header("If-Match", "0").body(ContractJson.with("title", "Renamed"))
                .put("/contracts/{id}", id).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void aTerminationReasonMaySpanLines() {
        String id = ContractJson.create(ContractJson.valid());
        String reason = "Consolidated into the shared contract.\nAgreed at committee,\t2029-05-14.";

        given().contentType(ContentType.JSON).header("If-Match", ContractJson.etag(id))
                .body(Map.of("terminationDate", "2029-09-30", "reason", reason))
                .post("/contracts/{id}/terminate", id).then().statusCode(200).body("terminationReason", equalTo(reason));
    }
}
