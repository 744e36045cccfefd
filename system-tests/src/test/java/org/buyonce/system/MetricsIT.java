package org.buyonce.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.http.ContentType;
import org.buyonce.testing.system.BuyOnceSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After real traffic, every metric the README documents is exposed by the services it names, and every query of the
 * alerts (PrometheusRule) and the Grafana dashboard names metrics that exist: an operator's alert on a metric that
 * was renamed would never fire.
 */
class MetricsIT {

    private static final Path ROOT = Path.of(System.getProperty("buyonce.root", "..")).toAbsolutePath().normalize();
    private static final Pattern METRIC_IN_QUERY = Pattern.compile("\\b(?:buyonce|http_server|agroal|kafka|jvm|process)_[a-z0-9_]+\\b");
    private static final Map<String, List<String>> SERVICES = Map.of(
            "all", BuyOnceSystem.SERVICES,
            "contract", List.of("contract-service"), "asset", List.of("asset-service"), "alignment", List.of("alignment-service"));

    private static BuyOnceSystem system;
    private static final Map<String, Metrics> scraped = new LinkedHashMap<>();

    @BeforeAll
    static void trafficThenScrape() {
        system = BuyOnceSystem.get();
        String capability = Contracts.newCapability(system);
        String id = Contracts.record(system, capability + "-1", capability, "SCDC", "2028-03-31", 30_000, List.of(12));
        Contracts.record(system, capability + "-2", capability, "CAM", "2028-06-30", 40_000, List.of());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(system.assets()).get("/capabilities").then().body("code", org.hamcrest.Matchers.hasItem(capability)));
        given().baseUri(system.assets()).contentType(ContentType.JSON).body(Map.of("tag", capability + "-a", "name", "Metered asset",
                "type", "APPLICATION", "capability", capability, "councils", List.of("SCDC"), "criticality", "HIGH",
                "supportingContractId", id)).post("/assets").then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(system.alignment()).get("/opportunities/{capability}", capability).then().statusCode(200));
        given().baseUri(system.contracts()).get("/contracts/{id}", "00000000-0000-0000-0000-000000000000").then().statusCode(404);
        for (String service : BuyOnceSystem.SERVICES) {
            scraped.put(service, Metrics.scrape(system, service));
        }
    }

    @Test
    void everyDocumentedMetricIsExposedByTheServicesItNames() throws IOException {
        List<String> rows = documentedRows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        List<String> missing = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split("\\|");
            List<String> metrics = Pattern.compile("`([a-z_]+)`").matcher(cells[1]).results().map(m -> m.group(1)).toList();
            for (String services : cells[2].trim().split(",\\s*")) {
                for (String service : SERVICES.get(services.trim())) {
                    metrics.stream().filter(metric -> !scraped.get(service).has(metric))
                            .forEach(metric -> missing.add(service + " " + metric));
                }
            }
        }
        assertThat(missing).as("documented in README but not exposed").isEmpty();
        System.out.printf("metrics: %d README rows, each exposed by the services named%n", rows.size());
    }

    @Test
    void theMetricsExposedAfterTrafficHaveTheValuesItCaused() {
        Metrics contracts = scraped.get("contract-service");
        assertThat(contracts.value("buyonce_outbox_published_total")).isGreaterThanOrEqualTo(2);
        assertThat(contracts.value("buyonce_kafka_reachable")).isEqualTo(1);
        assertThat(contracts.names()).anyMatch(name -> name.equals("http_server_requests_seconds_bucket"));
        Metrics alignment = scraped.get("alignment-service");
        assertThat(alignment.value("buyonce_projection_revision")).isGreaterThanOrEqualTo(3);
        assertThat(alignment.value("buyonce_planner_duration_seconds_count")).isGreaterThanOrEqualTo(1);
        assertThat(alignment.names()).contains("kafka_consumer_fetch_manager_records_consumed_total");
        assertThat(contracts.names()).contains("kafka_producer_record_send_total");
        String openMetrics = given().baseUri(system.contracts()).accept("application/openmetrics-text").get("/q/metrics")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/openmetrics-text")).extract().asString();
        assertThat(openMetrics).contains("buyonce_outbox_backlog").endsWith("# EOF\n");
    }

    @Test
    void everyQueryOfTheAlertsAndTheDashboardNamesMetricsThatExist() throws IOException {
        List<String> queries = new ArrayList<>();
        JsonNode rule = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("k8s/base/monitoring/alerts.yaml").toFile());
        rule.at("/spec/groups").forEach(group -> group.get("rules").forEach(r -> queries.add(r.get("expr").asText())));
        JsonNode dashboard = new ObjectMapper().readTree(ROOT.resolve("k8s/base/monitoring/buyonce-dashboard.json").toFile());
        dashboard.get("panels").forEach(panel -> panel.get("targets").forEach(t -> queries.add(t.get("expr").asText())));
        assertThat(queries).hasSizeGreaterThanOrEqualTo(20);

        Set<String> unknown = new LinkedHashSet<>();
        for (String query : queries) {
            Matcher metric = METRIC_IN_QUERY.matcher(query);
            boolean any = false;
            while (metric.find()) {
                any = true;
                String name = metric.group();
                if (scraped.values().stream().noneMatch(m -> m.names().contains(name))) {
                    unknown.add(name + " in " + query);
                }
            }
            assertThat(any).as("a query naming none of our metrics: %s", query).isTrue();
        }
        assertThat(unknown).as("queried but exposed by no service").isEmpty();
        System.out.printf("metrics: %d alert and dashboard queries, every metric they name exposed%n", queries.size());
    }

    private static List<String> documentedRows() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("<!-- metrics:")).findFirst().orElseThrow());
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(start + 3, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            rows.add(line);
        }
        return rows;
    }
}
