package org.buyonce.alignment.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import org.buyonce.testing.AdminTokenByDefault;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/**
 * A person who opens the dashboard in a browser without a token or a link is sent to sign in, and comes back to the
 * page they asked for; an API client is told 401. (The sign-in through a real provider, in Chromium: client-tests.)
 */
@QuarkusTest
class DashboardSignInTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void aBrowserWithoutATokenIsSentToSignInAndAnApiClientIsTold401() {
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).header("Accept", BROWSER).redirects().follow(false)
                .queryParam("capability", "telephony").get("/dashboard").then()
                .statusCode(303).header("Location", endsWith("/dashboard/sign-in?then=%2Fdashboard%3Fcapability%3Dtelephony"));

        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/dashboard").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).header("Accept", BROWSER).get("/plans").then().statusCode(401);
    }

    @Test
    void withoutTrustedIssuersTheSignInPageSaysSoAndOffersNoProvider() {
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).header("Accept", BROWSER).get("/dashboard/sign-in").then()
                .statusCode(200).contentType("text/html")
                .body(containsString("Signing in with a council account is not set up here"));
    }
}
