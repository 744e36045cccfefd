package org.buyonce.contract.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.contract.ContractJson;
import org.buyonce.contract.TestClock;
import org.buyonce.contract.api.ContractRequest;
import org.buyonce.contract.api.SupplierRequest;
import org.buyonce.events.CloudEventHeaders;
import org.buyonce.events.AsyncApiContract;
import org.buyonce.events.EventSchemas;
import org.buyonce.events.RenewalType;
import org.buyonce.events.Topics;
import org.buyonce.infra.EmbeddedKafkaBroker;
import org.buyonce.testing.InjectKafkaBroker;
import org.buyonce.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.buyonce.contract.ContractJson.actContract;
import static org.buyonce.contract.ContractJson.create;
import static org.buyonce.contract.ContractJson.valid;
import static org.buyonce.testing.TopicReader.header;
import static org.buyonce.testing.TopicReader.value;

/** The contract-renewals events, read back from the real broker. */
@QuarkusTest
class ContractEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @InjectKafkaBroker
    EmbeddedKafkaBroker broker;

    @Inject
    ContractService contracts;

    @Inject
    TestClock clock;

    @AfterEach
    void brokerBackAndRealTime() {
        broker.start();
        clock.reset();
    }

    @Test
    void everyChangePublishesTheFullRenewalStateWithIncreasingVersions() throws IOException {
        Map<String, Object> body = valid();
        body.put("endDate", "2030-03-31");
        String id = create(body);
        body.put("title", "Telephony platform and SIP trunks");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/contracts/{id}", id).then().statusCode(200);
        clock.setToday(LocalDate.of(2029, 6, 1));
        given().header("If-Match", "\"1\"").post("/contracts/{id}/options/exercise", id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("terminationDate", "2030-12-31"))
                .post("/contracts/{id}/terminate", id).then().statusCode(200);

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CONTRACT_RENEWALS)) {
            List<ConsumerRecord<String, byte[]>> records = reader.awaitCount(id, 4, WAIT);

            assertThat(records).hasSize(4);
            assertThat(records).extracting(r -> data(r).get("version").asInt()).containsExactly(0, 1, 2, 3);
            assertThat(records).extracting(r -> header(r, CloudEventHeaders.TYPE)).containsExactly(
                    "org.buyonce.contract.created.v1", "org.buyonce.contract.changed.v1",
                    "org.buyonce.contract.option-exercised.v1", "org.buyonce.contract.terminated.v1");
            for (ConsumerRecord<String, byte[]> record : records) {
                assertThat(EventSchemas.CONTRACT_RENEWAL_STATE.violations(value(record))).isEmpty();
                assertThat(AsyncApiContract.load().violations(record.topic(), TopicReader.headers(record), record.value())).isEmpty();
                assertThat(header(record, CloudEventHeaders.DATA_SCHEMA)).isEqualTo("https://buyonce.org/schemas/contract-renewal-state.v1.json");
                assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
                assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
                assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("urn:buyonce:contract-service");
                assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
                assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
                assertThat(header(record, CloudEventHeaders.TIME)).isNotBlank();
            }
            JsonNode exercised = data(records.get(2));
            assertThat(exercised.get("endDate").asText()).isEqualTo("2031-03-31");
            assertThat(exercised.get("noticeDeadline").asText()).isEqualTo("2030-12-31");
            assertThat(exercised.get("latestPossibleEnd").asText()).isEqualTo("2032-03-31");
            assertThat(exercised.get("annualValue").decimalValue()).isEqualByComparingTo("120000.00");
            assertThat(data(records.get(3)).get("status").asText()).isEqualTo("TERMINATED");
            assertThat(records).extracting(r -> header(r, CloudEventHeaders.ID)).doesNotHaveDuplicates();
        }
    }

    @Test
    void anActContractsEventsCarryTheNoticesItHasNotPublished() {
        clock.setToday(LocalDate.of(2026, 3, 10));
        String id = create(actContract());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("type", "UK7", "publishedOn", "2026-03-09", "noticeId", "2026/S 000-054321"))
                .post("/contracts/{id}/notices", id).then().statusCode(200);

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CONTRACT_RENEWALS)) {
            List<ConsumerRecord<String, byte[]>> records = reader.awaitCount(id, 2, WAIT);

            assertThat(data(records.get(0)).get("statutoryNoticesDue").toString())
                    .isEqualTo("[{\"type\":\"UK7\",\"dueOn\":\"2026-03-31\"},{\"type\":\"UK11\",\"dueOn\":\"2028-03-30\"}]");
            assertThat(data(records.get(1)).get("version").asInt()).isEqualTo(1);
            assertThat(data(records.get(1)).get("statutoryNoticesDue").toString()).isEqualTo("[{\"type\":\"UK11\",\"dueOn\":\"2028-03-30\"}]");
            assertThat(EventSchemas.CONTRACT_RENEWAL_STATE.violations(value(records.get(1)))).isEmpty();
        }
    }

    @Test
    void deletionPublishesATombstone() {
        String id = create(valid());
        given().delete("/contracts/{id}", id).then().statusCode(204);

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CONTRACT_RENEWALS)) {
            List<ConsumerRecord<String, byte[]>> records = reader.awaitCount(id, 2, WAIT);

            assertThat(records.get(1).value()).isNull();
            assertThat(header(records.get(1), CloudEventHeaders.TYPE)).isEqualTo("org.buyonce.contract.deleted.v1");
            assertThat(AsyncApiContract.load().violations(Topics.CONTRACT_RENEWALS, TopicReader.headers(records.get(1)), null)).isEmpty();
        }
    }

    @Test
    @TestSecurity(user = "events-test", roles = "admin") // calls the service directly, not over HTTP
    void aRolledBackChangePublishesNothing() {
        QuarkusTransaction.begin();
        UUID rolledBack = contracts.create(request("rolled back")).id();
        QuarkusTransaction.rollback();
        String committed = create(valid()); // written after the rolled-back one, so relayed after it would have been

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CONTRACT_RENEWALS)) {
            reader.awaitCount(committed, 1, WAIT);

            assertThat(reader.recordsWithKey(rolledBack.toString())).isEmpty();
        }
        given().get("/contracts/{id}", rolledBack).then().statusCode(404);
    }

    @Test
    void changesMadeWhileTheBrokerIsDownArePublishedInOrderWhenItReturns() throws IOException {
        broker.stop();
        Map<String, Object> body = valid();
        String id = create(body);
        for (int version = 0; version < 10; version++) {
            body.put("title", "change " + (version + 1));
            given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                    .put("/contracts/{id}", id).then().statusCode(200);
        }
        String other = create(valid());

        broker.start();

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CONTRACT_RENEWALS)) {
            List<ConsumerRecord<String, byte[]>> records = reader.awaitCount(id, 11, Duration.ofSeconds(60));
            reader.awaitCount(other, 1, WAIT);

            List<Integer> versions = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                versions.add(data(record).get("version").asInt());
            }
            assertThat(versions).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            assertThat(data(records.get(10)).get("title").asText()).isEqualTo("change 10");
        }
    }

    private static ContractRequest request(String title) {
        return new ContractRequest("CAM", "T-" + UUID.randomUUID(), title, null, null, new SupplierRequest("Acme", null, null, null, null),
                "printing", LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31), List.of(), 3, RenewalType.FIXED, null,
                new BigDecimal("1000.00"), null, null, List.of(), null, null, null, null, null, null, null, null, null);
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
