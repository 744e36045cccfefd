package org.buyonce.contract.service;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.events.CloudEventHeaders;
import org.buyonce.events.AsyncApiContract;
import org.buyonce.events.EventSchemas;
import org.buyonce.events.Topics;
import org.buyonce.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue reaches other services as events: the seeded capabilities once, each new one as it is added. */
@QuarkusTest
class CapabilityEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theSeededCatalogueAndEachNewCapabilityArePublished() {
        String code = "cctv-" + Long.toHexString(System.nanoTime());
        given().contentType("application/json").body(Map.of("code", code, "name", "CCTV", "cpvCode", "35125300-2"))
                .post("/capabilities").then().statusCode(201);

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CAPABILITIES)) {
            List<ConsumerRecord<String, byte[]>> telephony = reader.awaitCount("telephony", 1, Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> added = reader.awaitCount(code, 1, Duration.ofSeconds(30));

            assertThat(telephony).hasSize(1); // announced once, not at every start
            assertThat(TopicReader.value(telephony.get(0))).contains("\"name\":\"Telephony\"").contains("32550000-3");
            assertThat(EventSchemas.CAPABILITY_STATE.violations(TopicReader.value(added.get(0)))).isEmpty();
            assertThat(AsyncApiContract.load().violations(Topics.CAPABILITIES, TopicReader.headers(added.get(0)), added.get(0).value()))
                    .isEmpty();
            assertThat(TopicReader.header(added.get(0), CloudEventHeaders.TYPE)).isEqualTo("org.buyonce.capability.announced.v1");
            for (String seeded : List.of("revenues-benefits", "planning", "service-desk", "hosting")) {
                assertThat(reader.awaitCount(seeded, 1, Duration.ofSeconds(10))).hasSize(1);
            }
        }
    }
}
