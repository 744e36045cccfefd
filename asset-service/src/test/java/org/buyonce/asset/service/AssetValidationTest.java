package org.buyonce.asset.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.buyonce.asset.AssetJson;
import org.buyonce.asset.Catalogue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.buyonce.asset.AssetJson.create;
import static org.buyonce.asset.AssetJson.post;
import static org.buyonce.asset.AssetJson.valid;
import static org.buyonce.asset.AssetJson.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Bad input gets a problem+json 4xx naming each bad field, and nothing is written. */
@QuarkusTest
class AssetValidationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private int assetsBefore;

    @BeforeEach
    void setUp() {
        Catalogue.ensurePublished(bootstrapServers);
        assetsBefore = total();
    }

    @Test
    void unknownCouncilsAndCapabilitiesAreNamed() {
        Map<String, Object> body = with("councils", List.of("SCDC", "XYZ", "SCDC"));
        body.put("capability", "warp-drive");

        rejected(body).body("errors.field", hasItems("councils[1]", "councils[2]", "capability"))
                .body("errors.message", hasItems(containsString("unknown council 'XYZ'"), containsString("listed twice")));
    }

    @Test
    void anAssetNeedsAtLeastOneCouncil() {
        rejected(with("councils", List.of())).body("errors[0].field", equalTo("councils"));
        rejected(with("councils", null)).body("errors[0].field", equalTo("councils"));
    }

    @Test
    void warrantyAndSupportCannotEndBeforePurchase() {
        Map<String, Object> body = with("purchaseDate", "2020-06-01");
        body.put("warrantyEnd", "2020-05-31");
        body.put("endOfSupport", "2019-12-31");

        rejected(body).body("errors.field", hasItems("warrantyEnd", "endOfSupport"))
                .body("errors[0].message", containsString("2020-06-01"));
    }

    @Test
    void malformedInputIsRefused() {
        rejected(with("type", "SPACESHIP")).body("errors[0].field", equalTo("type"));
        rejected(with("purchaseDate", "1/5/2012")).body("errors[0].field", equalTo("purchaseDate"));
        rejected(with("monitored", "sometimes")).body("errors[0].field", equalTo("monitored"));
        rejected(with("supportingContractId", "contract-42")).body("errors[0].field", equalTo("supportingContractId"));
        rejected(with("tag", "has spaces")).body("errors[0].field", equalTo("tag"));
        rejected(with("id", "5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10")).body("errors[0].message", equalTo("unknown field 'id'"));
        given().contentType(ContentType.JSON).body("{\"tag\": ").post("/assets").then().statusCode(400)
                .body("type", containsString("malformed-json"));
        assertNothingWritten();
    }

    @Test
    void aTagIsUniqueInTheRegister() {
        Map<String, Object> body = valid();
        create(body);
        assetsBefore = total();

        post(body).statusCode(409).contentType("application/problem+json").body("detail", containsString((String) body.get("tag")));
        assertNothingWritten();
    }

    private ValidatableResponse rejected(Map<String, Object> body) {
        ValidatableResponse response = post(body).statusCode(400).contentType("application/problem+json");
        assertNothingWritten();
        return response;
    }

    private void assertNothingWritten() {
        org.assertj.core.api.Assertions.assertThat(total()).isEqualTo(assetsBefore);
    }

    private static int total() {
        return given().queryParam("size", 1).get("/assets").then().statusCode(200).extract().path("totalItems");
    }
}
