package org.buyonce.contract.tracing;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.events.CloudEventHeaders;
import org.buyonce.events.Topics;
import org.buyonce.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.buyonce.contract.ContractJson.create;
import static org.buyonce.contract.ContractJson.valid;

/** A change is one trace: the PUT, its SQL, and the publication of its event, whose record carries the trace on. */
@QuarkusTest
class ContractTracingTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Inject
    InMemorySpanExporter spans;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aPutIsTracedThroughItsSqlAndTheOutboxToTheRecordOnTheBroker() {
        Map<String, Object> body = valid();
        String id = create(body);
        body.put("title", "Traced change");
        spans.reset();

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                .body(body).put("/contracts/{id}", id).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> publishSpan(id) != null);
        List<SpanData> trace = spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(TRACE_ID)).toList();
        SpanData server = trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertThat(server.getParentSpanId()).isEqualTo(CALLER_SPAN);
        assertThat(server.getName()).isEqualTo("PUT /contracts/{id}");
        assertThat(trace).as("the change's SQL, in the request's trace")
                .anySatisfy(s -> assertThat(s.getKind()).isEqualTo(SpanKind.CLIENT))
                .filteredOn(s -> s.getKind() == SpanKind.CLIENT)
                .allSatisfy(s -> assertThat(s.getAttributes().asMap().toString()).contains("postgresql"));

        SpanData publish = publishSpan(id);
        assertThat(publish.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(publish.getParentSpanId()).isEqualTo(server.getSpanId());
        assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(publish.getName()).isEqualTo("contract-renewals publish");

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CONTRACT_RENEWALS)) {
            ConsumerRecord<String, byte[]> changed = reader.awaitCount(id, 2, Duration.ofSeconds(30)).get(1);
            assertThat(TopicReader.header(changed, CloudEventHeaders.TRACE_PARENT))
                    .isEqualTo("00-" + TRACE_ID + "-" + publish.getSpanId() + "-01");
        }
    }

    private SpanData publishSpan(String contractId) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.PRODUCER)
                .filter(s -> contractId.equals(s.getAttributes().asMap().entrySet().stream()
                        .filter(e -> e.getKey().getKey().equals("messaging.kafka.message.key"))
                        .map(e -> String.valueOf(e.getValue())).findFirst().orElse(null)))
                .filter(s -> s.getTraceId().equals(TRACE_ID))
                .findFirst().orElse(null);
    }
}
