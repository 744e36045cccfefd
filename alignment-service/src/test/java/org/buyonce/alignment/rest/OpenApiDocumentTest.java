package org.buyonce.alignment.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.buyonce.alignment.ContractEvents;
import org.buyonce.testing.EventProducer;
import org.buyonce.testing.OpenApiChecks;
import org.buyonce.testing.RequestExampleSender;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What an OpenAPI client generator and Swagger UI rely on, checked on the live document. */
@QuarkusTest
class OpenApiDocumentTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

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
    void everyResponseWithAPlanSendsItsEtag() {
        assertThat(openApi().responsesWithoutEtag(Set.of("PlanResponse"))).isEmpty();
    }

    @Test
    void everyRequestExampleSentAsItStandsGetsTheDocumentedSuccess() {
        // The adoption example names telephony: give it an opportunity of three councils first.
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(ContractEvents.fixed(UUID.randomUUID(), 0, "CAM", "telephony", "2028-03-31", "120000", 12));
            events.contract(ContractEvents.fixed(UUID.randomUUID(), 0, "HDC", "telephony", "2028-03-31", "90000"));
            events.contract(ContractEvents.fixed(UUID.randomUUID(), 0, "SCDC", "telephony", "2028-03-31", "60000"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/opportunities/telephony").then().statusCode(200)
                .body("councils", org.hamcrest.Matchers.hasItems("CAM", "HDC", "SCDC")));
        OpenApiChecks openApi = openApi();

        assertThat(openApi.requestExamples()).extracting(OpenApiChecks.RequestExample::operationId)
                .contains("adoptPlan", "approvePlan", "withdrawFromPlan", "changePlanStatus");
        // The story: adopted; HDC approves; SCDC withdraws; the partners cancel it.
        assertThat(RequestExampleSender.failures(openApi, List.of("adoptPlan", "approvePlan", "withdrawFromPlan"))).isEmpty();
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static OpenApiChecks openApi() {
        return new OpenApiChecks(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }
}
