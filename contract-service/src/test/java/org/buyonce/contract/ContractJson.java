package org.buyonce.contract;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Request bodies as maps, so that tests can send exactly what a client would, mistakes included. */
public final class ContractJson {

    private ContractJson() {
    }

    /**
     * CAM's contract under the Procurement Act 2023, from 2026-03-01 to 2028-02-29 with one 12-month option, at £100,000
     * a year: £360,328.76 gross over its awarded term, above the threshold; it owes a UK7 by 2026-03-31.
     */
    public static Map<String, Object> actContract() {
        Map<String, Object> contract = valid();
        contract.put("council", "CAM");
        contract.put("startDate", "2026-03-01");
        contract.put("endDate", "2028-02-29");
        contract.put("extensionOptions", List.of(option(12)));
        contract.put("annualValue", 100000.00);
        return contract;
    }

    /** A valid FIXED contract of SCDC with two 12-month options and a unique reference. */
    public static Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("council", "SCDC");
        body.put("reference", "T-" + UUID.randomUUID());
        body.put("title", "Telephony platform");
        body.put("supplier", new LinkedHashMap<>(Map.of("name", "Gamma Communications", "companyNumber", "04340834")));
        body.put("capability", "telephony");
        body.put("startDate", "2022-04-01");
        body.put("endDate", "2030-03-31");
        body.put("extensionOptions", new ArrayList<>(List.of(option(12), option(12))));
        body.put("noticePeriodMonths", 3);
        body.put("renewalType", "FIXED");
        body.put("annualValue", 120000.00);
        body.put("procurementRoute", "G-Cloud 14");
        return body;
    }

    public static Map<String, Object> option(int months) {
        return new LinkedHashMap<>(Map.of("months", months));
    }

    public static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = valid();
        body.put(field, value);
        return body;
    }

    public static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/contracts").then();
    }

    /** The contract's current ETag, as a client reads it before a change. */
    public static String etag(String id) {
        return given().get("/contracts/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    /** Creates the contract and returns its id. */
    public static String create(Map<String, Object> body) {
        return post(body).statusCode(201).extract().path("id");
    }
}
