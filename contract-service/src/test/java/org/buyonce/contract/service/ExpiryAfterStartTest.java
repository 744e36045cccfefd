package org.buyonce.contract.service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.buyonce.contract.ContractJson;
import org.buyonce.contract.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The expiry job's catch-up trigger, off the start-up path: it runs after its delay and then at its interval, without
 * waiting for the daily time (here both are a second, and the daily cron is off).
 */
@QuarkusTest
@TestProfile(ExpiryAfterStartTest.CatchUpEverySecond.class)
class ExpiryAfterStartTest {

    public static class CatchUpEverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("buyonce.contracts.expiry-delay", "PT1S", "buyonce.contracts.expiry-catch-up-every", "PT1S");
        }
    }

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aContractPastItsEndExpiresWithoutWaitingForTheDailyRun() {
        String id = ContractJson.create(ContractJson.valid()); // FIXED, ends 2030-03-31
        clock.setToday(LocalDate.of(2030, 4, 2));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().get("/contracts/{id}", id).then().statusCode(200).body("status", equalTo("EXPIRED")));
    }
}
