package org.buyonce.system;

import org.buyonce.testing.system.BuyOnceSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Consumers that crash or lose their database lose nothing: what they rebuild is what they had. */
class RecoveryIT {

    private static BuyOnceSystem system;

    @BeforeAll
    static void start() {
        system = BuyOnceSystem.get();
    }

    @Test
    void alignmentServiceKilledMidStreamThenRebuiltFromAnEmptyDatabasePlansTheSame() throws Exception {
        Scenario scenario = Scenario.of(system, 12);
        Observed.alignmentHasLatest(system, scenario);
        AtomicInteger changes = new AtomicInteger();
        Thread stream = new Thread(() -> {
            for (int round = 0; round < 6; round++) {
                for (int i = 0; i < 12; i++) {
                    assertThat(scenario.change(i)).isEqualTo(200);
                    changes.incrementAndGet();
                }
            }
        });

        stream.start();
        await().atMost(Duration.ofMinutes(1)).until(() -> changes.get() >= 30);
        system.kill("alignment-service"); // mid-stream: some changes applied, some not yet read
        system.start("alignment-service");
        stream.join();
        Observed.alignmentHasLatest(system, scenario);
        String before = opportunities();
        int compared = given().baseUri(system.alignment()).queryParam("asOf", "2026-01-01").queryParam("size", 100)
                .get("/opportunities").then().extract().<List<Map<String, Object>>>path("items").size();

        system.stop("alignment-service");
        system.emptyDatabase("alignment-service");
        system.start("alignment-service");

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> opportunities().equals(before));
        System.out.printf("recovery: %d changes streamed while alignment-service was killed and restarted; then rebuilt from an "
                + "empty database: the same %d opportunities, byte for byte%n", changes.get(), compared);
    }

    @Test
    void changesCommittedJustBeforeContractServiceIsKilledArePublishedWhenItRestarts() {
        Scenario scenario = Scenario.of(system, 5);
        Observed.alignmentHasLatest(system, scenario);

        system.broker().stop(); // so that the changes are still in the outbox when the process dies
        int changes = 0;
        try {
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 5; i++) {
                    assertThat(scenario.change(i)).isEqualTo(200);
                    changes++;
                }
            }
            system.kill("contract-service");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            system.broker().start();
        }
        system.start("contract-service");

        int events = Observed.publishedInOrder(system, scenario);
        Observed.alignmentHasLatest(system, scenario);
        Observed.assetsHaveLatest(system, scenario);
        System.out.printf("crash: %d changes committed, then contract-service killed (SIGKILL) before it could publish them; "
                + "after the restart %d events seen, every change published in order and in effect downstream%n", changes, events);
    }

    private static String opportunities() {
        return given().baseUri(system.alignment()).queryParam("asOf", "2026-01-01").queryParam("size", 100)
                .get("/opportunities").then().statusCode(200).extract().asString();
    }
}
