package org.buyonce.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.events.Topics;
import org.buyonce.testing.TopicReader;
import org.buyonce.testing.system.BuyOnceSystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the other services and the topic show of a scenario's contracts. */
final class Observed {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private Observed() {
    }

    /** Waits until alignment-service plans every contract of the scenario at its latest change. */
    static void alignmentHasLatest(BuyOnceSystem system, Scenario scenario) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<Map<String, Object>> parts = given().baseUri(system.alignment()).queryParam("asOf", "2026-01-01")
                    .get("/opportunities/{c}", scenario.capability).then().statusCode(200).extract().path("contracts");
            assertThat(parts).hasSize(scenario.contracts.size());
            for (Map<String, Object> part : parts) {
                int i = scenario.contracts.indexOf((String) part.get("contractId"));
                assertThat(part.get("title")).as("contract %d in alignment-service", i)
                        .isEqualTo(scenario.version(i) == 0 ? scenario.capability + " contract" : Scenario.title(scenario.version(i)));
            }
        });
    }

    /** Waits until every asset of the scenario shows its supporting contract at its latest change. */
    static void assetsHaveLatest(BuyOnceSystem system, Scenario scenario) {
        for (int i = 0; i < scenario.assets.size(); i++) {
            int index = i;
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    given().baseUri(system.assets()).get("/assets/{id}", scenario.assets.get(index)).then().statusCode(200)
                            .body("supportingContract.endDate", org.hamcrest.Matchers.equalTo(Scenario.end(index, scenario.version(index)))));
        }
    }

    /**
     * Reads every contract's records from the topic and checks that each version from 0 to the latest was published
     * and that they first appeared in order. Returns how many records were seen.
     */
    static int publishedInOrder(BuyOnceSystem system, Scenario scenario) {
        int seen = 0;
        try (TopicReader reader = new TopicReader(system.broker().bootstrapServers(), Topics.CONTRACT_RENEWALS)) {
            for (int i = 0; i < scenario.contracts.size(); i++) {
                int latest = scenario.version(i);
                List<ConsumerRecord<String, byte[]>> records = reader.awaitRecords(scenario.contracts.get(i),
                        found -> found.stream().anyMatch(r -> version(r) == latest), PATIENCE);
                List<Integer> firstSeen = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : records) {
                    int version = version(record);
                    if (!firstSeen.contains(version)) {
                        firstSeen.add(version);
                    }
                }
                assertThat(firstSeen).as("versions of contract %d, in the order first published", i).isSorted()
                        .hasSize(latest + 1).startsWith(0).endsWith(latest);
                seen += records.size();
            }
        }
        return seen;
    }

    private static int version(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value()).get("version").asInt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
