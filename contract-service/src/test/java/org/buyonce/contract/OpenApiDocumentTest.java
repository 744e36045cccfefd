package org.buyonce.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What an OpenAPI client generator relies on: every operation named, summarised, and its errors described. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void everyOperationHasAnIdASummaryAndDocumentedResponses() throws IOException {
        JsonNode document = openApi();
        List<String> defects = new ArrayList<>();
        List<String> operationIds = new ArrayList<>();

        for (Map.Entry<String, JsonNode> path : entries(document.get("paths"))) {
            for (Map.Entry<String, JsonNode> operation : entries(path.getValue())) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (!op.hasNonNull("operationId")) {
                    defects.add(name + ": no operationId");
                } else {
                    operationIds.add(op.get("operationId").asText());
                }
                if (!op.hasNonNull("summary")) {
                    defects.add(name + ": no summary");
                }
                for (Map.Entry<String, JsonNode> response : entries(op.get("responses"))) {
                    if (response.getKey().startsWith("4") && !isProblem(document, response.getValue())) {
                        defects.add(name + ": " + response.getKey() + " is not documented as problem+json");
                    }
                }
                if (!hasSuccess(op.get("responses"))) {
                    defects.add(name + ": no success response");
                }
            }
        }

        assertThat(defects).isEmpty();
        assertThat(operationIds).doesNotHaveDuplicates()
                .contains("createContract", "listContracts", "getContract", "updateContract", "deleteContract",
                        "exerciseOption", "declineOption", "terminateContract", "getContractHistory", "listDeadlines",
                        "deadlineCalendar", "listCapabilities", "createCapability", "listCouncils");
    }

    @Test
    void schemasCarryExamplesAndTheApiIsDescribed() throws IOException {
        JsonNode document = openApi();

        assertThat(document.at("/info/title").asText()).isEqualTo("BuyOnce contract-service");
        assertThat(document.at("/components/schemas/ContractRequest/properties/annualValue/examples").isArray()
                || document.at("/components/schemas/ContractRequest/properties/annualValue/example").isValueNode()).isTrue();
        assertThat(document.at("/components/schemas/Problem/properties/errors").isMissingNode()).isFalse();
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static JsonNode openApi() throws IOException {
        String json = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        return new ObjectMapper().readTree(json);
    }

    private static boolean isProblem(JsonNode document, JsonNode response) {
        JsonNode resolved = response;
        if (response.has("$ref")) {
            String ref = response.get("$ref").asText();
            resolved = document.at(ref.substring(1));
        }
        return resolved.path("content").has("application/problem+json");
    }

    private static boolean hasSuccess(JsonNode responses) {
        Iterator<String> codes = responses.fieldNames();
        while (codes.hasNext()) {
            if (codes.next().startsWith("2")) {
                return true;
            }
        }
        return false;
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        node.fields().forEachRemaining(list::add);
        return list;
    }
}
