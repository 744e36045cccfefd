package org.buyonce.asset.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.buyonce.asset.Catalogue;
import org.buyonce.testing.OpenApiChecks;
import org.buyonce.testing.RequestExampleSender;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
                .contains("createAsset", "listAssets", "getAsset", "updateAsset", "deleteAsset", "importAssets", "exportAssets", "listRisks",
                        "listCapabilities", "listCouncils");
    }

    @Test
    void schemasCarryExamplesAndTheApiIsDescribed() {
        var document = openApi().document();

        assertThat(document.at("/info/title").asText()).isEqualTo("BuyOnce asset-service");
        assertThat(document.at("/components/schemas/RiskResponse/properties/rule").isMissingNode()).isFalse();
        assertThat(document.at("/components/schemas/Problem/properties/errors").isMissingNode()).isFalse();
    }

    @Test
    void everyResponseWithAnAssetSendsItsEtag() {
        assertThat(openApi().responsesWithoutEtag(Set.of("AssetResponse"))).isEmpty();
    }

    @Test
    void everyRequestExampleSentAsItStandsGetsTheDocumentedSuccess() {
        Catalogue.ensurePublished(bootstrapServers);
        OpenApiChecks openApi = openApi();

        assertThat(openApi.requestExamples()).extracting(OpenApiChecks.RequestExample::operationId)
                .contains("createAsset", "updateAsset", "importAssets");
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
