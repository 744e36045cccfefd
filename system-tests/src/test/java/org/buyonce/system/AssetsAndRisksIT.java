package org.buyonce.system;

import io.restassured.http.ContentType;
import org.buyonce.testing.system.BuyOnceSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** An asset's supporting contract lives in contract-service; its end reaches the risk register only through events. */
class AssetsAndRisksIT {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(30);
    private static BuyOnceSystem system;

    @BeforeAll
    static void start() {
        system = BuyOnceSystem.get();
    }

    @Test
    void aSupportingContractEndingPutsItsAssetOnTheRiskRegister() {
        // A capability created in contract-service becomes usable for assets once announced.
        String capability = Contracts.newCapability(system);
        String ends = LocalDate.now().plusMonths(4).withDayOfMonth(1).toString();
        String contract = Contracts.record(system, "SCDC-" + capability, capability, "SCDC", ends, 12000, List.of());
        String tag = "SYS-" + System.nanoTime();
        Map<String, Object> chiller = Map.ofEntries(Map.entry("tag", tag), Map.entry("name", "Server room chiller"),
                Map.entry("type", "FACILITY"), Map.entry("capability", capability), Map.entry("councils", List.of("SCDC")),
                Map.entry("responsibleParty", "SCDC Facilities Management"), Map.entry("criticality", "CRITICAL"),
                Map.entry("monitored", true), Map.entry("supportingContractId", contract));

        await().atMost(WITHIN_SECONDS).untilAsserted(() -> given().baseUri(system.assets()).contentType(ContentType.JSON)
                .body(chiller).post("/assets").then().statusCode(201));
        await().atMost(WITHIN_SECONDS).untilAsserted(() -> given().baseUri(system.assets()).queryParam("size", 100)
                .queryParam("rule", "SUPPORT_CONTRACT_ENDING").get("/risks").then()
                .body("items.find { it.tag == '" + tag + "' }.date", equalTo(ends)));

        String etag = given().baseUri(system.contracts()).get("/contracts/{id}", contract).then().extract().header("ETag");
        given().baseUri(system.contracts()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("terminationDate", LocalDate.now().toString(), "reason", "supplier failed"))
                .post("/contracts/{id}/terminate", contract).then().statusCode(200);

        await().atMost(WITHIN_SECONDS).untilAsserted(() -> given().baseUri(system.assets()).queryParam("size", 100)
                .queryParam("rule", "SUPPORT_CONTRACT_ENDED").get("/risks").then()
                .body("items.tag", hasItem(tag)));
    }
}
