package org.buyonce.contract.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.buyonce.contract.ContractJson;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A list shows each contract as it is now: the responses it keeps by version never outlive a change. */
@QuarkusTest
class ContractListTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aListShowsEachContractAsItIsNowAfterChangesAndDeletions() {
        String supplier = "List test " + UUID.randomUUID();
        Map<String, Object> first = ContractJson.valid();
        first.put("supplier", new LinkedHashMap<>(Map.of("name", supplier)));
        Map<String, Object> second = ContractJson.valid();
        second.put("supplier", new LinkedHashMap<>(Map.of("name", supplier)));
        second.put("endDate", "2031-03-31");
        String a = ContractJson.create(first);
        String b = ContractJson.create(second);
        list(supplier).body("items.id", contains(a, b)).body("items.version", contains(0, 0))
                .body("items.title", contains("Telephony platform", "Telephony platform")).body("totalItems", equalTo(2));
        given().queryParam("supplier", supplier).queryParam("page", 1).queryParam("size", 1).get("/contracts").then()
                .body("items.id", contains(b)).body("totalItems", equalTo(2)).body("totalPages", equalTo(2));
        given().queryParam("supplier", supplier).queryParam("page", 5).queryParam("size", 1).get("/contracts").then()
                .body("items", hasSize(0)).body("totalItems", equalTo(2));

        first.put("title", "Renamed platform");
        given().contentType(ContentType.JSON).header("If-Match", ContractJson.etag(a)).body(first).put("/contracts/{id}", a)
                .then().statusCode(200);
        list(supplier).body("items.id", contains(a, b)).body("items.version", contains(1, 0))
                .body("items.title", contains("Renamed platform", "Telephony platform"));

        first.put("endDate", "2032-03-31");
        given().contentType(ContentType.JSON).header("If-Match", ContractJson.etag(a)).body(first).put("/contracts/{id}", a)
                .then().statusCode(200);
        list(supplier).body("items.id", contains(b, a)).body("items.find { it.id == '" + a + "' }.noticeDeadline", equalTo("2031-12-31"))
                .body("items.find { it.id == '" + a + "' }.latestPossibleEnd", equalTo("2034-03-31"));

        given().delete("/contracts/{id}", b).then().statusCode(204);
        list(supplier).body("items.id", contains(a)).body("totalItems", equalTo(1));
    }

    /** Written from the JSON kept when first shown, a listed contract is, to the byte's meaning, its own read. */
    @Test
    void aListedContractIsExactlyItsOwnRead() throws Exception {
        String supplier = "Rendered test " + UUID.randomUUID();
        Map<String, Object> contract = ContractJson.valid();
        contract.put("supplier", new LinkedHashMap<>(Map.of("name", supplier)));
        contract.put("title", "Telephony \u00e9t\u00e9 \"quoted\" \u2013 platform"); // escapes and multi-byte UTF-8
        String a = ContractJson.create(contract);
        String b = ContractJson.create(ContractJson.valid());
        given().queryParam("supplier", supplier).get("/contracts").then().statusCode(200); // rendered and kept
        JsonNode listed = JSON.readTree(given().queryParam("supplier", supplier).get("/contracts").then().statusCode(200)
                .extract().asByteArray());

        assertThat(listed.get("items")).hasSize(1);
        assertThat(listed.get("items").get(0)).isEqualTo(JSON.readTree(given().get("/contracts/{id}", a).then()
                .statusCode(200).extract().asByteArray()));
        assertThat(listed.get("items").get(0).get("title").asText()).isEqualTo("Telephony \u00e9t\u00e9 \"quoted\" \u2013 platform");
        assertThat(listed.get("totalItems").asLong()).isEqualTo(1);
        assertThat(b).isNotEqualTo(a);
    }

    private static ValidatableResponse list(String supplier) {
        return given().queryParam("supplier", supplier).get("/contracts").then().statusCode(200);
    }
}
