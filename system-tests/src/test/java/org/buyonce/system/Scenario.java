package org.buyonce.system;

import io.restassured.http.ContentType;
import org.buyonce.testing.system.BuyOnceSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Contracts of a fresh capability spread over the three councils, each with an asset that depends on it: what the
 * fault tests change, and then look for in the other services.
 */
final class Scenario {

    private static final String[] COUNCILS = {"CAM", "HDC", "SCDC"};

    final String capability;
    final List<String> contracts = new ArrayList<>();
    final List<String> assets = new ArrayList<>();
    private final List<Integer> versions = new ArrayList<>();
    private final BuyOnceSystem system;

    private Scenario(BuyOnceSystem system, String capability) {
        this.system = system;
        this.capability = capability;
    }

    /** Records the contracts, and once asset-service knows the capability, an asset supported by each. */
    static Scenario of(BuyOnceSystem system, int size) {
        Scenario scenario = new Scenario(system, Contracts.newCapability(system));
        for (int i = 0; i < size; i++) {
            scenario.contracts.add(Contracts.record(system, reference(scenario.capability, i), scenario.capability,
                    COUNCILS[i % 3], end(i, 0), 10_000 + 1_000 * i, List.of(12)));
            scenario.versions.add(0);
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(system.assets()).get("/capabilities").then()
                        .body("code", org.hamcrest.Matchers.hasItem(scenario.capability)));
        for (int i = 0; i < size; i++) {
            scenario.assets.add(given().baseUri(system.assets()).contentType(ContentType.JSON).body(Map.of(
                            "tag", scenario.capability + "-" + i, "name", "Asset " + i, "type", "APPLICATION",
                            "capability", scenario.capability, "councils", List.of(COUNCILS[i % 3]), "criticality", "HIGH",
                            "supportingContractId", scenario.contracts.get(i)))
                    .post("/assets").then().statusCode(201).extract().<String>path("id"));
        }
        return scenario;
    }

    /** The end date of contract i after its n-th change: each change moves it a month later. */
    static String end(int i, int change) {
        return java.time.LocalDate.of(2029, 1 + i % 12, 1).plusMonths(change).withDayOfMonth(1).minusDays(1).toString();
    }

    static String reference(String capability, int i) {
        return capability + "-" + i;
    }

    static String title(int change) {
        return "change " + change;
    }

    /** Changes contract i once more (end a month later, a new title); returns the HTTP status. */
    int change(int i) {
        int version = versions.get(i);
        int change = version + 1;
        Map<String, Object> body = new java.util.HashMap<>(Contracts.body(reference(capability, i), capability,
                COUNCILS[i % 3], end(i, change), 10_000 + 1_000 * i, List.of(12)));
        body.put("title", title(change));
        int status = given().baseUri(system.contracts()).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(body).put("/contracts/{id}", contracts.get(i)).then().extract().statusCode();
        if (status == 200) {
            versions.set(i, change);
        }
        return status;
    }

    int version(int i) {
        return versions.get(i);
    }
}
