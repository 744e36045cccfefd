package org.buyonce.contract.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.buyonce.testing.OpenApiChecks;
import org.buyonce.testing.RequestExampleSender;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What an OpenAPI client generator and Swagger UI rely on, checked on the live document. */
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
        assertThat(document.at("/info/contact/name").asText()).isNotBlank();
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("/");
        assertThat(document.at("/components/schemas/ContractRequest/properties/annualValue/example").isValueNode()).isTrue();
        assertThat(document.at("/components/schemas/Problem/properties/errors").isMissingNode()).isFalse();
        assertThat(document.at("/components/schemas/ContractResponse/properties/latestPossibleEnd/nullable").asBoolean()).isTrue();
        assertThat(document.at("/paths/~1contracts~1{id}/get/security/0/bearer").isArray()).isTrue();
        assertThat(document.at("/paths/~1contracts~1deadlines.ics/get/responses/200/content/text~1calendar").isMissingNode()).isFalse();
        assertThat(document.at("/paths/~1contracts/get/parameters").findValuesAsText("format")).contains("date");
    }

    @Test
    void everyResponseWithAContractSendsItsEtag() {
        assertThat(openApi().responsesWithoutEtag(Set.of("ContractResponse"))).isEmpty();
    }

    @Test
    void everyRequestExampleSentAsItStandsGetsTheDocumentedSuccess() {
        OpenApiChecks openApi = openApi();

        assertThat(openApi.requestExamples()).extracting(OpenApiChecks.RequestExample::operationId)
                .contains("createCapability", "createContract", "updateContract", "terminateContract");
        assertThat(RequestExampleSender.failures(openApi)).isEmpty();
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static OpenApiChecks openApi() {
        return new OpenApiChecks(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }
}
