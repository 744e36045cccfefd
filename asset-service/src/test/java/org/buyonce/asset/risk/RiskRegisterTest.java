package org.buyonce.asset.risk;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.buyonce.asset.AssetJson;
import org.buyonce.asset.Catalogue;
import org.buyonce.asset.SupportingContracts;
import org.buyonce.asset.TestClock;
import org.buyonce.events.ContractStatus;
import org.buyonce.testing.EventProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.buyonce.asset.AssetJson.create;
import static org.buyonce.asset.AssetJson.valid;
import static org.hamcrest.Matchers.equalTo;

/** Each rule of the risk register, with "today" pinned to 2026-11-22. */
@QuarkusTest
class RiskRegisterTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TestClock clock;

    private final String site = "Site " + UUID.randomUUID();

    @BeforeEach
    void setUp() {
        Catalogue.ensurePublished(bootstrapServers);
        clock.setToday(LocalDate.of(2026, 11, 22));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A well-kept critical asset of this test's site: responsible party, monitored, supported, covered. */
    private Map<String, Object> sound(UUID contract) {
        Map<String, Object> body = valid();
        body.put("site", site);
        body.put("monitored", true);
        body.put("supportingContractId", contract.toString());
        return body;
    }

    private UUID contract(String end, ContractStatus status) {
        UUID id = UUID.randomUUID();
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(SupportingContracts.state(id, 0, end, status));
        }
        return id;
    }

    private static Map<String, Object> assetWith(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    @Test
    void aCriticalAssetNobodyAnswersForIsAHighRisk() {
        String id = create(assetWith(sound(contract("2030-03-31", ContractStatus.ACTIVE)), "responsibleParty", ""));

        List<Map<String, Object>> risks = risksOfThisSite();
        assertThat(field(risks, "assetId")).containsExactly(id);
        assertThat(field(risks, "rule")).containsExactly("NO_RESPONSIBLE_PARTY");
        assertThat(field(risks, "severity")).containsExactly("HIGH");
        assertThat(field(risks, "responsibleParty")).containsOnlyNulls();
        assertThat(field(risks, "councils")).containsExactly(List.of("SCDC"));
    }

    @Test
    void aCriticalAssetNobodyMonitorsIsAHighRisk() {
        // The South Cambridgeshire Hall chiller: run by facilities, not monitored.
        create(assetWith(sound(contract("2030-03-31", ContractStatus.ACTIVE)), "monitored", false));

        List<Map<String, Object>> risks = risksOfThisSite();
        assertThat(field(risks, "rule")).containsExactly("NOT_MONITORED");
        assertThat(field(risks, "responsibleParty")).containsExactly("SCDC Facilities Management");
    }

    @Test
    void anAssetStillInUsePastItsEndOfSupportIsARisk() {
        Map<String, Object> legacyPhones = assetWith(sound(contract("2030-03-31", ContractStatus.ACTIVE)), "endOfSupport", "2026-11-21");
        legacyPhones.put("status", "LEGACY");
        legacyPhones.put("type", "TELEPHONY");
        create(legacyPhones);
        create(assetWith(sound(contract("2030-03-31", ContractStatus.ACTIVE)), "endOfSupport", "2026-11-22")); // supported today
        Map<String, Object> retired = assetWith(sound(contract("2030-03-31", ContractStatus.ACTIVE)), "endOfSupport", "2020-01-01");
        retired.put("status", "RETIRED");
        create(retired);

        List<Map<String, Object>> risks = risksOfThisSite();
        assertThat(field(risks, "rule")).containsExactly("PAST_END_OF_SUPPORT");
        assertThat(field(risks, "date")).containsExactly("2026-11-21");
        assertThat(field(risks, "severity")).containsExactly("HIGH");
    }

    @Test
    void anEndedSupportingContractIsAHighRiskAndOneEndingWithinTheWindowAMediumOne() {
        Map<String, Object> ended = assetWith(sound(contract("2026-11-21", ContractStatus.ACTIVE)), "criticality", "NORMAL");
        Map<String, Object> terminated = assetWith(sound(contract("2027-05-31", ContractStatus.TERMINATED)), "criticality", "NORMAL");
        Map<String, Object> endingIn180Days = assetWith(sound(contract("2027-05-21", ContractStatus.ACTIVE)), "criticality", "NORMAL");
        Map<String, Object> endingIn181Days = assetWith(sound(contract("2027-05-22", ContractStatus.ACTIVE)), "criticality", "NORMAL");
        List.of(ended, terminated, endingIn180Days, endingIn181Days).forEach(AssetJson::create);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> risks = risksOfThisSite();
            assertThat(field(risks, "rule")).containsExactly("SUPPORT_CONTRACT_ENDED", "SUPPORT_CONTRACT_ENDED", "SUPPORT_CONTRACT_ENDING");
            assertThat(field(risks, "severity")).containsExactly("HIGH", "HIGH", "MEDIUM");
            assertThat(field(risks, "date")).containsExactly("2026-11-21", "2027-05-31", "2027-05-21");
        });
        assertThat(field(risksOfThisSite("P30D"), "rule")).containsExactly("SUPPORT_CONTRACT_ENDED", "SUPPORT_CONTRACT_ENDED");
    }

    @Test
    void aContractEndingMovesItsAssetIntoTheRegister() {
        UUID contract = contract("2030-03-31", ContractStatus.ACTIVE);
        create(sound(contract));
        awaitKnown(contract);
        assertThat(risksOfThisSite()).isEmpty();

        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(SupportingContracts.state(contract, 1, "2026-12-31", ContractStatus.TERMINATED));
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> risks = risksOfThisSite();
            assertThat(field(risks, "rule")).containsExactly("SUPPORT_CONTRACT_ENDED");
            assertThat(field(risks, "date")).containsExactly("2026-12-31");
        });
    }

    @Test
    void aCriticalAssetWithoutASupportingContractAndOneWithAnUnknownContractAreRisks() {
        create(assetWith(sound(UUID.randomUUID()), "supportingContractId", null));
        Map<String, Object> normalUnknown = assetWith(sound(UUID.randomUUID()), "criticality", "NORMAL");
        create(normalUnknown);

        List<Map<String, Object>> risks = risksOfThisSite();
        assertThat(field(risks, "rule")).containsExactly("NO_SUPPORTING_CONTRACT", "NO_SUPPORTING_CONTRACT");
        assertThat(field(risks, "severity")).containsExactly("MEDIUM", "MEDIUM");
    }

    @Test
    void risksAreSortedBySeverityThenDateAndFilterable() {
        Map<String, Object> asset = assetWith(sound(contract("2030-03-31", ContractStatus.ACTIVE)), "monitored", false);
        asset.put("endOfSupport", "2025-01-31");
        asset.put("responsibleParty", null);
        asset.put("supportingContractId", null);
        create(asset);

        // HIGH first (the one with a date, 2025-01-31, before today's), then MEDIUM
        assertThat(field(risksOfThisSite(), "rule"))
                .containsExactly("PAST_END_OF_SUPPORT", "NO_RESPONSIBLE_PARTY", "NOT_MONITORED", "NO_SUPPORTING_CONTRACT");
        given().queryParam("rule", "NOT_MONITORED").queryParam("council", "SCDC").queryParam("size", 100).get("/risks").then()
                .statusCode(200).body("items.rule", org.hamcrest.Matchers.everyItem(equalTo("NOT_MONITORED")));
        given().queryParam("council", "HDC").queryParam("size", 100).get("/risks").then()
                .body("items.tag", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(asset.get("tag"))));
        given().queryParam("rule", "BAD_LUCK").get("/risks").then().statusCode(400).body("errors[0].field", equalTo("rule"));
        given().queryParam("within", "soon").get("/risks").then().statusCode(400).body("errors[0].field", equalTo("within"));
    }

    private void awaitKnown(UUID contract) {
        String probe = create(assetWith(valid(), "supportingContractId", contract.toString()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/assets/{id}", probe).then().body("supportingContract.id", equalTo(contract.toString())));
        given().delete("/assets/{id}", probe).then().statusCode(204);
    }

    private List<Map<String, Object>> risksOfThisSite() {
        return risksOfThisSite(null);
    }

    /** The risks of this test's assets only, in the register's order (the database is shared by the tests of a run). */
    private List<Map<String, Object>> risksOfThisSite(String within) {
        var request = given().queryParam("size", 100);
        if (within != null) {
            request.queryParam("within", within);
        }
        List<Map<String, Object>> risks = request.get("/risks").then().statusCode(200).extract().path("items");
        List<String> mine = given().queryParam("site", site).queryParam("size", 100).get("/assets").then().extract().path("items.id");
        return risks.stream().filter(r -> mine.contains(r.get("assetId"))).toList();
    }

    private static List<Object> field(List<Map<String, Object>> risks, String name) {
        return risks.stream().map(r -> r.get(name)).toList();
    }
}
