package org.buyonce.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.buyonce.testing.system.BuyOnceSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The health checks tell the truth when the broker goes away: wellness says so (and, once a write has waited longer
 * than the maximum age, that the outbox is late), while readiness and liveness stay UP because the services keep
 * serving; everything is UP again once the broker is back. The system runs with BUYONCE_OUTBOX_MAX_AGE=PT5S.
 */
class HealthIT {

    private static BuyOnceSystem system;

    @BeforeAll
    static void start() {
        system = BuyOnceSystem.get();
    }

    @Test
    void healthFlipsAsDocumentedWhileTheBrokerIsStopped() {
        for (String service : BuyOnceSystem.SERVICES) {
            assertThat(check(service, "/q/health", "kafka reachable")).isEqualTo("UP");
        }
        String capability = Contracts.newCapability(system);
        String id = Contracts.record(system, capability + "-1", capability, "HDC", "2029-03-31", 20_000, List.of());

        system.broker().stop();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (String service : BuyOnceSystem.SERVICES) {
                    assertThat(status(service, "/q/health/well")).as("%s wellness", service).isEqualTo(503);
                    assertThat(check(service, "/q/health/well", "kafka reachable")).isEqualTo("DOWN");
                }
            });
            Map<String, Object> change = new HashMap<>(Contracts.body(capability + "-1", capability, "HDC", "2029-06-30", 20_000, List.of()));
            given().baseUri(system.contracts()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                    .put("/contracts/{id}", id).then().statusCode(200);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(check("contract-service", "/q/health/well", "outbox backlog")).isEqualTo("DOWN"));
            assertThat(gauge("contract-service", "buyonce_outbox_backlog")).isGreaterThanOrEqualTo(1);
            assertThat(gauge("contract-service", "buyonce_outbox_oldest_age_seconds")).isGreaterThan(5);
            assertThat(gauge("alignment-service", "buyonce_kafka_reachable")).isZero();
            for (String service : BuyOnceSystem.SERVICES) {
                assertThat(status(service, "/q/health/ready")).as("%s stays ready: it serves without the broker", service).isEqualTo(200);
                assertThat(status(service, "/q/health/live")).as("%s stays live", service).isEqualTo(200);
            }
            given().baseUri(system.contracts()).get("/contracts/{id}", id).then().statusCode(200);
        } finally {
            system.broker().start();
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            for (String service : BuyOnceSystem.SERVICES) {
                assertThat(status(service, "/q/health")).as("%s health once the broker is back", service).isEqualTo(200);
            }
            assertThat(gauge("contract-service", "buyonce_outbox_backlog")).isZero();
            assertThat(gauge("contract-service", "buyonce_outbox_oldest_age_seconds")).isZero();
        });
    }

    private static int status(String service, String path) {
        return given().baseUri(system.url(service)).get(path).then().extract().statusCode();
    }

    private static String check(String service, String path, String name) {
        JsonPath health = given().baseUri(system.url(service)).get(path).then().extract().jsonPath();
        return health.getString("checks.find { it.name == '" + name + "' }.status");
    }

    private static double gauge(String service, String name) {
        return Metrics.scrape(system, service).value(name);
    }
}
