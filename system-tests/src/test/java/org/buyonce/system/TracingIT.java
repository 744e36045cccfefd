package org.buyonce.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import org.buyonce.testing.system.BuyOnceSystem;
import org.buyonce.testing.system.OtlpTraceReceiver.ReceivedSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace from a client's PUT in contract-service, through the outbox and the real broker, to the projection
 * updates in alignment-service and asset-service, as the services export it to an OTLP collector.
 */
class TracingIT {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CLIENT_SPAN = "b7ad6b7169203331";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static BuyOnceSystem system;

    @BeforeAll
    static void start() {
        system = BuyOnceSystem.get();
    }

    @Test
    void aContractChangeIsOneTraceFromThePutToTheProjectionUpdatesInTheOtherServices() {
        String capability = Contracts.newCapability(system);
        String id = Contracts.record(system, capability + "-1", capability, "CAM", "2029-03-31", 50_000, List.of(12));
        Map<String, Object> change = new HashMap<>(Contracts.body(capability + "-1", capability, "CAM", "2029-06-30", 50_000, List.of(12)));

        given().baseUri(system.contracts()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("traceparent", "00-" + TRACE_ID + "-" + CLIENT_SPAN + "-01")
                .body(change).put("/contracts/{id}", id).then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<ReceivedSpan> trace = system.traces().trace(TRACE_ID);
            ReceivedSpan put = only(trace, "contract-service", "SPAN_KIND_SERVER", "PUT /contracts/{id}");
            assertThat(put.parentSpanId()).isEqualTo(CLIENT_SPAN);
            assertThat(trace).as("contract-service's SQL in the PUT's trace")
                    .anyMatch(s -> s.service().equals("contract-service") && s.kind().equals("SPAN_KIND_CLIENT")
                            && "postgresql".equals(s.attributes().get("db.system")));
            ReceivedSpan publish = only(trace, "contract-service", "SPAN_KIND_PRODUCER", "contract-renewals publish");
            assertThat(publish.parentSpanId()).isEqualTo(put.spanId());
            assertThat(publish.attributes()).containsEntry("messaging.kafka.message.key", id);
            for (String consumer : List.of("alignment-service", "asset-service")) {
                ReceivedSpan process = only(trace, consumer, "SPAN_KIND_CONSUMER", "contract-renewals process");
                assertThat(process.parentSpanId()).as("%s continues the publisher's span", consumer).isEqualTo(publish.spanId());
                assertThat(trace).as("%s's projection update, inside its consumer span", consumer)
                        .anyMatch(s -> s.service().equals(consumer) && s.kind().equals("SPAN_KIND_CLIENT")
                                && s.parentSpanId().equals(process.spanId()));
            }
        });
        System.out.printf("tracing: one trace %s across %s%n", TRACE_ID, system.traces().trace(TRACE_ID).stream()
                .map(s -> s.service() + " " + s.name()).distinct().sorted().toList());
    }

    @Test
    void logLinesAreJsonCarryingTheTraceIdOfTheRequestTheyWereWrittenIn() throws IOException {
        String traceId = "5e0c63257de34c92bf9efcd03927272e";
        byte[] register = given().baseUri(system.assets()).get("/assets/export").then().statusCode(200).extract().asByteArray();

        given().baseUri(system.assets()).contentType("text/csv").header("traceparent", "00-" + traceId + "-" + CLIENT_SPAN + "-01")
                .body(register).post("/assets/import").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> lines = logLines("asset-service");
            assertThat(lines).as("every line of the log is JSON").isNotEmpty();
            assertThat(lines).anySatisfy(line -> {
                assertThat(line.path("message").asText()).startsWith("imported ");
                assertThat(line.at("/mdc/traceId").asText()).isEqualTo(traceId);
                assertThat(line.at("/mdc/spanId").asText()).hasSize(16);
            });
        });
    }

    private static List<JsonNode> logLines(String service) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(system.service(service).log())) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line)); // fails on a line that is not JSON
            }
        }
        return lines;
    }

    private static ReceivedSpan only(List<ReceivedSpan> trace, String service, String kind, String name) {
        Optional<ReceivedSpan> span = trace.stream()
                .filter(s -> s.service().equals(service) && s.kind().equals(kind) && s.name().equals(name)).findFirst();
        assertThat(span).as("%s span '%s' of %s in trace %s", kind, name, service, TRACE_ID).isPresent();
        return span.get();
    }
}
