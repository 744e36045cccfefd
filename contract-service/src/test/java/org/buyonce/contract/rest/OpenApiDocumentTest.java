package org.buyonce.contract.rest;

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
                .contains("createContract", "listContracts", "getContract", "updateContract", "deleteContract",
                        "exerciseOption", "declineOption", "terminateContract", "getContractHistory", "listDeadlines",
                        "deadlineCalendar", "listCapabilities", "createCapability", "listCouncils");
    }

    @Test
    void schemasCarryExamplesAndTheApiIsDescribed() {
        var document = openApi().document();

        assertThat(document.at("/info/title").asText()).isEqualTo("BuyOnce contract-service");
        assertThat(document.at("/components/schemas/ContractRequest/properties/annualValue/examples").isArray()
                || document.at("/components/schemas/ContractRequest/properties/annualValue/example").isValueNode()).isTrue();
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
