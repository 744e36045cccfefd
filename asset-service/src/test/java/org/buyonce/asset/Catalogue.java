package org.buyonce.asset;

import org.buyonce.events.CapabilityState;
import org.buyonce.testing.EventProducer;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;

/** The capabilities catalogue, published as contract-service does, once per test run. */
public final class Catalogue {

    public static final List<String> CODES = List.of("hosting", "telephony", "end-user-devices", "network", "revenues-benefits", "printing");
    private static boolean published;

    private Catalogue() {
    }

    public static synchronized void ensurePublished(String bootstrapServers) {
        if (published) {
            return;
        }
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            for (String code : CODES) {
                events.capability(new CapabilityState(code, code.replace('-', ' '), null));
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/capabilities").then().statusCode(200).body("code", hasItems(CODES.toArray())));
        published = true;
    }
}
