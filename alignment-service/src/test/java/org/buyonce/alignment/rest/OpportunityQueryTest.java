package org.buyonce.alignment.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Policy parameters out of range are refused before the planner sees them. */
@QuarkusTest
class OpportunityQueryTest {

    @Test
    void malformedOrAbsurdPolicyParametersAre400() {
        given().queryParam("asOf", "next tuesday").get("/opportunities").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        given().queryParam("leadTimeMonths", -1).queryParam("maxBridgeMonths", 999).get("/opportunities").then()
                .statusCode(400).body("errors.field", hasItems("leadTimeMonths", "maxBridgeMonths"));
        given().queryParam("asOf", "2099-01-01").get("/opportunities").then().statusCode(400)
                .body("errors[0].message", containsString("within 25 years"));
        given().queryParam("leadTimeMonths", "nine").get("/opportunities/printing").then().statusCode(400);
        given().queryParam("council", "XYZ").get("/opportunities").then().statusCode(400).body("errors[0].field", equalTo("council"));
    }

    @Test
    void aCapabilityWithoutAnOpportunityIs404() {
        given().get("/opportunities/{capability}", "no-such-capability").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("two or more councils"));
    }

    @Test
    void councilsAreServedHereToo() {
        given().get("/councils").then().statusCode(200).body("code", hasItems("CAM", "HDC", "SCDC"));
    }
}
