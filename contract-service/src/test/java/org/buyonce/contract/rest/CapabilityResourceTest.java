package org.buyonce.contract.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class CapabilityResourceTest {

    @Test
    void theStandardCatalogueIsSeeded() {
        given().get("/capabilities").then().statusCode(200)
                .body("code", hasItems("revenues-benefits", "planning", "telephony", "asset-management", "service-desk",
                        "printing", "hr-payroll", "finance", "website-cms", "customer-portal", "network", "end-user-devices", "hosting"));
        given().get("/capabilities/telephony").then().statusCode(200).body("cpvCode", equalTo("32550000-3"));
    }

    @Test
    void aNewCapabilityCanBeAddedOnce() {
        String code = "cctv-" + Long.toHexString(System.nanoTime());
        Map<String, String> body = Map.of("code", code, "name", "CCTV", "cpvCode", "35125300-2");

        given().contentType("application/json").body(body).post("/capabilities").then().statusCode(201)
                .header("Location", endsWith("/capabilities/" + code));
        given().get("/capabilities/{code}", code).then().statusCode(200).body("name", equalTo("CCTV"));
        given().contentType("application/json").body(body).post("/capabilities").then().statusCode(409);
    }

    @Test
    void capabilityCodesAreSlugsAndCpvCodesAreWellFormed() {
        given().contentType("application/json").body(Map.of("code", "Revenues & Benefits", "name", "x", "cpvCode", "4800"))
                .post("/capabilities").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("code", "cpvCode"));
        given().get("/capabilities/{code}", "no-such-thing").then().statusCode(404);
    }
}
