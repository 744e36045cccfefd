package org.buyonce.system;

import io.restassured.http.ContentType;
import org.buyonce.testing.system.BuyOnceSystem;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Contracts and capabilities recorded through contract-service's API, as an officer would. */
final class Contracts {

    private Contracts() {
    }

    static String newCapability(BuyOnceSystem system) {
        String code = "sys-" + Long.toHexString(System.nanoTime());
        given().baseUri(system.contracts()).contentType(ContentType.JSON).body(Map.of("code", code, "name", "System test " + code))
                .post("/capabilities").then().statusCode(201);
        return code;
    }

    static Map<String, Object> body(String reference, String capability, String council, String end, int annualValue,
            List<Integer> options) {
        return Map.ofEntries(Map.entry("council", council), Map.entry("reference", reference),
                Map.entry("title", capability + " contract"), Map.entry("supplier", Map.of("name", "Supplier Ltd")),
                Map.entry("capability", capability), Map.entry("startDate", "2020-04-01"), Map.entry("endDate", end),
                Map.entry("extensionOptions", options.stream().map(m -> Map.of("months", m)).toList()),
                Map.entry("noticePeriodMonths", 3), Map.entry("renewalType", "FIXED"), Map.entry("annualValue", annualValue));
    }

    static String record(BuyOnceSystem system, String reference, String capability, String council, String end,
            int annualValue, List<Integer> options) {
        return given().baseUri(system.contracts()).contentType(ContentType.JSON)
                .body(body(reference, capability, council, end, annualValue, options))
                .post("/contracts").then().statusCode(201).extract().path("id");
    }
}
