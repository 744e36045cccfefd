package org.buyonce.asset.projection;

import io.quarkus.test.junit.QuarkusTest;
import org.buyonce.asset.AssetJson;
import org.buyonce.asset.Catalogue;
import org.buyonce.asset.SupportingContracts;
import org.buyonce.consumer.DeadLetters;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.Topics;
import org.buyonce.testing.EventProducer;
import org.buyonce.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.buyonce.asset.AssetJson.create;
import static org.buyonce.asset.AssetJson.valid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** asset-service's own projection of contract-renewals: newer versions only, tombstones, poison to its dead letters. */
@QuarkusTest
class SupportingContractProjectionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void catalogue() {
        Catalogue.ensurePublished(bootstrapServers);
    }

    @Test
    void onlyANewerVersionChangesTheContractAndATombstoneRemovesIt() {
        UUID contract = UUID.randomUUID();
        Map<String, Object> body = valid();
        body.put("supportingContractId", contract.toString());
        String asset = create(body);
        String poisonKey = UUID.randomUUID().toString();

        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(SupportingContracts.state(contract, 2, "2028-03-31", ContractStatus.ACTIVE));
            events.contract(SupportingContracts.state(contract, 1, "2027-03-31", ContractStatus.ACTIVE)); // stale
            events.raw(Topics.CONTRACT_RENEWALS, poisonKey, "[not, a, contract");
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/assets/{id}", asset).then().body("supportingContract.endDate", equalTo("2028-03-31")));
        try (TopicReader deadLetters = new TopicReader(bootstrapServers, "asset-service.dlq")) {
            assertThat(TopicReader.header(deadLetters.awaitCount(poisonKey, 1, Duration.ofSeconds(20)).get(0), DeadLetters.REASON))
                    .contains("ContractRenewalState unreadable");
        }

        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.tombstone(Topics.CONTRACT_RENEWALS, contract);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/assets/{id}", asset).then().body("supportingContract", nullValue()));
    }
}
