package org.buyonce.contract.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.buyonce.contract.ContractJson;
import org.buyonce.infra.TokenIssuer;
import org.buyonce.testing.AdminTokenByDefault;
import org.buyonce.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.buyonce.contract.ContractJson.create;
import static org.buyonce.contract.ContractJson.valid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Who may read and change what: roles from the token's groups, an officer's council from its council claim. */
@QuarkusTest
class ContractSecurityTest {

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static Map<String, Object> contractOf(String council) {
        Map<String, Object> body = valid();
        body.put("council", council);
        return body;
    }

    @Test
    void withoutAValidTokenEveryEndpointIs401() {
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/contracts").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/councils").then().statusCode(401);
        as("not.a.token").get("/contracts").then().statusCode(401);
        as(Tokens.expired()).get("/contracts").then().statusCode(401);
        String admin = Tokens.admin();
        String tampered = admin.substring(0, admin.indexOf('.') + 1) + "eyJncm91cHMiOlsiYWRtaW4iXX0" + admin.substring(admin.lastIndexOf('.'));
        as(tampered).get("/contracts").then().statusCode(401);
        String otherIssuer = TokenIssuer.temporary().token("intruder@test", List.of("admin"), null, Duration.ofMinutes(5));
        as(otherIssuer).get("/contracts").then().statusCode(401); // signed with a key the service does not trust
    }

    @Test
    void aTokenVerifiedOnceIsKnownButNothingDerivedFromItIsTrusted() {
        String viewer = Tokens.viewer();
        as(viewer).get("/contracts").then().statusCode(200);
        as(viewer).get("/contracts").then().statusCode(200); // served from the verified tokens

        String[] parts = viewer.split("\\.");
        String otherClaims = parts[0] + ".eyJncm91cHMiOlsiYWRtaW4iXX0." + parts[2];
        as(otherClaims).contentType(ContentType.JSON).body(valid()).post("/contracts").then().statusCode(401);
        char tenth = parts[2].charAt(10); // a character of the signature's data (the last one also holds padding bits)
        String otherSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (tenth == 'A' ? 'B' : 'A')
                + parts[2].substring(11);
        as(otherSignature).get("/contracts").then().statusCode(401);
        as(viewer).contentType(ContentType.JSON).body(valid()).post("/contracts").then().statusCode(403); // still a viewer
    }

    @Test
    void healthMetricsAndTheApiDescriptionStayOpen() {
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/q/health/ready").then().statusCode(200);
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/q/metrics").then().statusCode(200);
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aViewerReadsButCannotWrite() {
        String id = create(valid());

        as(Tokens.viewer()).get("/contracts/{id}", id).then().statusCode(200);
        as(Tokens.viewer()).get("/contracts/deadlines").then().statusCode(200);
        as(Tokens.viewer()).contentType(ContentType.JSON).body(valid()).post("/contracts").then().statusCode(403)
                .contentType("application/problem+json");
        as(Tokens.viewer()).post("/contracts/{id}/options/exercise", id).then().statusCode(403);
        as(Tokens.viewer()).delete("/contracts/{id}", id).then().statusCode(403);
    }

    @Test
    void anOfficerWritesTheContractsOfTheirOwnCouncilOnly() {
        as(Tokens.officer("CAM")).contentType(ContentType.JSON).body(contractOf("CAM")).post("/contracts").then().statusCode(201);
        as(Tokens.officer("CAM")).contentType(ContentType.JSON).body(contractOf("HDC")).post("/contracts").then().statusCode(403)
                .body("detail", equalTo("an officer of CAM may not record contracts of council HDC"));

        Map<String, Object> hdcContract = contractOf("HDC");
        String hdc = create(hdcContract);
        as(Tokens.officer("CAM")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(hdcContract)
                .put("/contracts/{id}", hdc).then().statusCode(403);
        as(Tokens.officer("CAM")).post("/contracts/{id}/options/exercise", hdc).then().statusCode(403);
        as(Tokens.officer("CAM")).contentType(ContentType.JSON).body(Map.of("terminationDate", "2029-01-31"))
                .post("/contracts/{id}/terminate", hdc).then().statusCode(403);
        as(Tokens.officer("CAM")).delete("/contracts/{id}", hdc).then().statusCode(403);
        given().get("/contracts/{id}", hdc).then().body("version", equalTo(0)); // nothing changed
    }

    @Test
    void anOfficerCannotMoveAContractToAnotherCouncil() {
        Map<String, Object> body = contractOf("CAM");
        String id = create(body);
        body.put("council", "SCDC");

        as(Tokens.officer("CAM")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/contracts/{id}", id).then().statusCode(403).body("detail", containsString("council SCDC"));
    }

    @Test
    void theIctTeamReadsContractsButWritesOnlyTheCatalogue() {
        as(Tokens.ict()).get("/contracts").then().statusCode(200);
        as(Tokens.ict()).contentType(ContentType.JSON).body(valid()).post("/contracts").then().statusCode(403);
        as(Tokens.ict()).contentType(ContentType.JSON).body(Map.of("code", "cctv-" + System.nanoTime(), "name", "CCTV"))
                .post("/capabilities").then().statusCode(201);
    }

    @Test
    void aTokenWithoutABuyOnceRoleIsForbidden() {
        as(Tokens.token("guest@test", List.of("guest"), null)).get("/contracts").then().statusCode(403)
                .contentType("application/problem+json");
        as(Tokens.token("officer.nowhere@test", List.of("officer"), null)).contentType(ContentType.JSON).body(valid())
                .post("/contracts").then().statusCode(403).body("detail", containsString("without a council"));
    }
}
