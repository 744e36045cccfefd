package org.buyonce.asset.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.asset.AssetJson;
import org.buyonce.asset.Catalogue;
import org.buyonce.events.CloudEventHeaders;
import org.buyonce.events.AsyncApiContract;
import org.buyonce.events.EventSchemas;
import org.buyonce.events.Topics;
import org.buyonce.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.buyonce.asset.AssetJson.create;
import static org.buyonce.asset.AssetJson.valid;

/** asset-lifecycle, read back from the real broker: an event per change, through the same outbox as contracts. */
@QuarkusTest
class AssetEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void catalogue() {
        Catalogue.ensurePublished(bootstrapServers);
    }

    @Test
    void everyChangePublishesTheAssetsFullStateAndDeletionATombstone() throws IOException {
        Map<String, Object> body = valid();
        body.put("councils", List.of("CAM", "SCDC"));
        String id = create(body);
        body.put("status", "LEGACY");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/assets/{id}", id).then().statusCode(200);
        given().delete("/assets/{id}", id).then().statusCode(204);

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.ASSET_LIFECYCLE)) {
            List<ConsumerRecord<String, byte[]>> records = reader.awaitCount(id, 3, Duration.ofSeconds(30));

            assertThat(records).hasSize(3);
            JsonNode created = JSON.readTree(records.get(0).value());
            JsonNode changed = JSON.readTree(records.get(1).value());
            assertThat(created.get("version").asInt()).isZero();
            assertThat(changed.get("version").asInt()).isEqualTo(1);
            assertThat(changed.get("status").asText()).isEqualTo("LEGACY");
            assertThat(created.get("councils").toString()).isEqualTo("[\"CAM\",\"SCDC\"]");
            assertThat(created.get("endOfSupport").asText()).isEqualTo("2030-05-01");
            for (ConsumerRecord<String, byte[]> record : records) {
                assertThat(AsyncApiContract.load().violations(record.topic(), TopicReader.headers(record), record.value())).isEmpty();
            }
            for (ConsumerRecord<String, byte[]> record : records.subList(0, 2)) {
                assertThat(EventSchemas.ASSET_LIFECYCLE_STATE.violations(TopicReader.value(record))).isEmpty();
                assertThat(TopicReader.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
                assertThat(TopicReader.header(record, CloudEventHeaders.SOURCE)).isEqualTo("urn:buyonce:asset-service");
            }
            assertThat(records.get(2).value()).isNull();
            assertThat(TopicReader.header(records.get(2), CloudEventHeaders.TYPE)).isEqualTo("org.buyonce.asset.deleted.v1");
        }
    }
}
