package org.buyonce.asset.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.buyonce.asset.AssetJson;
import org.buyonce.asset.Catalogue;
import org.buyonce.testing.AdminTokenByDefault;
import org.buyonce.testing.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.buyonce.asset.AssetJson.create;
import static org.buyonce.asset.AssetJson.valid;

/** The register is written by the shared ICT team (and admins); everyone with a role reads it, risks included. */
@QuarkusTest
class AssetSecurityTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void catalogue() {
        Catalogue.ensurePublished(bootstrapServers);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    @Test
    void theIctTeamWritesTheRegister() {
        String id = as(Tokens.ict()).contentType(ContentType.JSON).body(valid()).post("/assets").then().statusCode(201)
                .extract().path("id");
        as(Tokens.ict()).delete("/assets/{id}", id).then().statusCode(204);
        as(Tokens.ict()).contentType("text/csv").body(AssetJson.CSV_HEADER + "\n").post("/assets/import").then().statusCode(200);
    }

    @Test
    void viewersAndOfficersReadTheRegisterAndItsRisksButCannotWriteIt() {
        String id = create(valid());
        for (String token : new String[] {Tokens.viewer(), Tokens.officer("SCDC")}) {
            as(token).get("/assets/{id}", id).then().statusCode(200);
            as(token).get("/risks").then().statusCode(200);
            as(token).get("/assets/export").then().statusCode(200);
            as(token).contentType(ContentType.JSON).body(valid()).post("/assets").then().statusCode(403)
                    .contentType("application/problem+json");
            as(token).delete("/assets/{id}", id).then().statusCode(403);
            as(token).contentType("text/csv").body(AssetJson.CSV_HEADER + "\n").post("/assets/import").then().statusCode(403);
        }
    }

    @Test
    void theRiskRegisterNeedsAToken() {
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/risks").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
