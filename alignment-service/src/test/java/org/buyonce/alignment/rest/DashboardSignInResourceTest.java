package org.buyonce.alignment.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** After signing in, a person returns to a dashboard page of this service, and never to another site. */
class DashboardSignInResourceTest {

    @Test
    void onlyADashboardPageIsReturnedTo() {
        assertThat(DashboardSignInResource.returnTo("/dashboard?capability=telephony")).isEqualTo("/dashboard?capability=telephony");
        assertThat(DashboardSignInResource.returnTo("/dashboard")).isEqualTo("/dashboard");
        assertThat(DashboardSignInResource.returnTo(null)).isEqualTo("/dashboard");
        assertThat(DashboardSignInResource.returnTo("https://attacker.example/dashboard")).isEqualTo("/dashboard");
        assertThat(DashboardSignInResource.returnTo("//attacker.example/dashboard")).isEqualTo("/dashboard");
        assertThat(DashboardSignInResource.returnTo("/dashboard-links")).isEqualTo("/dashboard");
        assertThat(DashboardSignInResource.returnTo("/dashboard?x=1\r\nSet-Cookie: a=b")).isEqualTo("/dashboard");
    }
}
