package org.buyonce.alignment.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.buyonce.testing.OpenApiChecks;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What an OpenAPI client generator relies on: every operation named, summarised, and its errors described. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationHasAnIdASummaryAndDocumentedResponses() {
        OpenApiChecks openApi = openApi();

        assertThat(openApi.defects()).isEmpty();
        assertThat(openApi.operationIds()).doesNotHaveDuplicates()
                .contains("listOpportunities", "getOpportunity", "adoptPlan", "listPlans", "getPlan", "changePlanStatus",
                        "getProgramme", "listCouncils");
    }

    @Test
    void schemasCarryExamplesAndTheApiIsDescribed() {
        var document = openApi().document();

        assertThat(document.at("/info/title").asText()).isEqualTo("BuyOnce alignment-service");
        assertThat(document.at("/components/schemas/OpportunityResponse/properties/targetDate").isMissingNode()).isFalse();
        assertThat(document.at("/components/schemas/Problem/properties/errors").isMissingNode()).isFalse();
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static OpenApiChecks openApi() {
        return new OpenApiChecks(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }
}
