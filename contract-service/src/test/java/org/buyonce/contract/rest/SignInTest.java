package org.buyonce.contract.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.buyonce.infra.KeycloakRealms;
import org.buyonce.infra.KeycloakServer;
import org.buyonce.testing.InjectKeycloak;
import org.buyonce.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.buyonce.contract.ContractJson.valid;
import static org.buyonce.testing.KeycloakResource.AUDIENCE;
import static org.buyonce.testing.KeycloakResource.CAM;
import static org.buyonce.testing.KeycloakResource.HDC;
import static org.buyonce.testing.KeycloakResource.SHARED;
import static org.buyonce.testing.KeycloakResource.UNTRUSTED;
import static org.buyonce.testing.KeycloakResource.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * Signing in with a council's own provider (DESIGN.md "Sign-in"), against a real Keycloak whose realms stand in for
 * the councils' Entra ID tenants (KeycloakResource): CAM and HDC each trusted for its own council, a provider shared by
 * the partnership whose tokens name their council, and a realm nobody trusts.
 */
@QuarkusTest
class SignInTest {

    @InjectKeycloak
    KeycloakServer keycloak;

    private static ValidatableResponse record(String token, String council) {
        Map<String, Object> body = valid();
        body.put("council", council);
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .post("/contracts").then();
    }

    private static ValidatableResponse read(String token) {
        return given().header("Authorization", "Bearer " + token).get("/contracts").then();
    }

    @Test
    void aCouncilsOfficerRecordsItsOwnContractsAndNotAnotherCouncils() {
        String officer = token(keycloak, CAM, "officer");

        String id = record(officer, "CAM").statusCode(201).extract().path("id");
        record(officer, "HDC").statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("an officer of CAM may not"));

        given().get("/contracts/{id}/history", id).then().body("[0].changedBy", equalTo("officer@cam.buyonce.test"));
    }

    @Test
    void eachRoleDoesWhatItsRoleAllowsAndNoRecognisedRoleIs403() {
        read(token(keycloak, CAM, "viewer")).statusCode(200);
        record(token(keycloak, CAM, "viewer"), "CAM").statusCode(403);
        record(token(keycloak, CAM, "ict"), "CAM").statusCode(403);
        given().header("Authorization", "Bearer " + token(keycloak, CAM, "ict")).contentType(ContentType.JSON)
                .body(Map.of("code", "ict-signed-in", "name", "Added by the ICT team")).post("/capabilities").then().statusCode(201);
        record(token(keycloak, CAM, "admin"), "SCDC").statusCode(201);

        read(token(keycloak, CAM, "nobody")).statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aCouncilsIssuerActsForThatCouncilWhateverItsTokensClaim() {
        String officer = token(keycloak, HDC, "officer"); // HDC's realm also claims "council": "CAM"
        assertThat(claims(officer)).contains("\"council\":\"CAM\"");

        record(officer, "CAM").statusCode(403).body("detail", containsString("an officer of HDC may not"));
        record(officer, "HDC").statusCode(201);
    }

    @Test
    void aProviderThePartnershipSharesNamesTheCouncilInItsTokens() {
        String officer = token(keycloak, SHARED, "officer"); // "council": "SCDC"

        record(officer, "SCDC").statusCode(201);
        record(officer, "CAM").statusCode(403);
    }

    @Test
    void anIssuerNobodyTrustsIsRefusedWithoutNamingIt() {
        String admin = token(keycloak, UNTRUSTED, "admin"); // signed by a real provider, claiming CAM

        read(admin).statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("detail", not(containsString(keycloak.url())))
                .body("detail", not(containsString("realm")));
        record(admin, "CAM").statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String otherApp = keycloak.accessToken(CAM, "other-app", "admin@" + KeycloakRealms.domain(CAM), "admin");
        assertThat(claims(otherApp)).doesNotContain(AUDIENCE);

        read(otherApp).statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenIsRefusedOnceExpiredAndBeforeItIsValid() {
        String shortLived = keycloak.accessToken(CAM, "short-lived", "viewer@" + KeycloakRealms.domain(CAM), "viewer");
        read(shortLived).statusCode(200);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> read(shortLived).statusCode(401).contentType("application/problem+json"));

        read(Tokens.notYetValid()).statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aBadlySignedTokenIsRefused() {
        String officer = token(keycloak, CAM, "officer");
        String[] parts = officer.split("\\.");
        char tenth = parts[2].charAt(10);
        String otherSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (tenth == 'A' ? 'B' : 'A')
                + parts[2].substring(11);
        String otherClaims = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims(officer).replace("\"officer\"", "\"admin\"").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        read(otherSignature).statusCode(401);
        record(otherClaims, "HDC").statusCode(401);
    }

    @Test
    void aNewSigningKeyIsFetchedWhenATokenNamesItWithoutARestart() {
        String before = token(keycloak, HDC, "viewer");
        read(before).statusCode(200);

        keycloak.rotateSigningKey(HDC);
        String after = token(keycloak, HDC, "viewer");
        assertThat(keyId(after)).isNotEqualTo(keyId(before));

        read(after).statusCode(200);
        read(before).statusCode(200); // the old key is still published for the tokens it signed
    }

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String keyId(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }
}
