package org.buyonce.clients;

import org.buyonce.testing.system.BuyOnceSystem;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A councillor opens the dashboard through the one URL they were sent, in a real Chromium: they see the capability's
 * timeline with its target, the programme figure and a decision that is due; axe-core finds nothing serious; a
 * screenshot is kept in target/screenshots for the reviewer.
 */
class DashboardIT {

    private static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

    @Test
    void aCouncillorSeesThePartnershipsRenewalsOnOnePageThroughALink() throws Exception {
        BuyOnceSystem system = LiveSystem.system();
        String capability = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        given().baseUri(system.contracts()).contentType("application/json").body(Map.of("code", capability, "name", "Dashboard " + capability))
                .post("/capabilities").then().statusCode(201);
        // CAM must decide on its option within the next 90 days for the plan to reach T.
        LocalDate camEnd = LocalDate.now().plusMonths(4).with(TemporalAdjusters.lastDayOfMonth());
        LocalDate target = camEnd.plusMonths(12).with(TemporalAdjusters.lastDayOfMonth());
        record("CAM", "CAM-" + capability, capability, camEnd, List.of(12), system);
        record("HDC", "HDC-" + capability, capability, target, List.of(), system);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> given().baseUri(system.alignment())
                .get("/opportunities/{c}", capability).then().statusCode(200));
        String plan = given().baseUri(system.alignment()).contentType("application/json").body(Map.of("capability", capability))
                .post("/plans").then().statusCode(201).extract().path("id");
        given().baseUri(system.alignment()).contentType("application/json").body(Map.of("council", "CAM"))
                .post("/plans/{id}/approvals", plan).then().statusCode(200);
        String url = given().baseUri(system.alignment()).contentType("application/json").body(Map.of("label", "Members' briefing"))
                .post("/dashboard-links").then().statusCode(201).extract().path("url");

        WebDriver browser = Browser.open();
        try {
            browser.get(url + "?capability=" + capability);
            String page = browser.findElement(By.tagName("main")).getText();
            assertThat(browser.getTitle()).isEqualTo("BuyOnce dashboard: all councils");
            assertThat(page).contains("Plan: " + capability, "Target " + target, "contracts aligned",
                    "CAM-" + capability, "HDC-" + capability, "Exercise the next extension option (12 months)");
            WebElement chart = browser.findElement(By.cssSelector("svg[role=img]"));
            assertThat(chart.findElements(By.cssSelector("rect.bar"))).hasSize(2);
            assertThat(chart.findElements(By.cssSelector("line.target"))).hasSize(1);
            assertThat(browser.findElements(By.tagName("script"))).isEmpty();

            List<String> serious = axeViolations(browser);
            Browser.screenshot(browser, "dashboard");
            assertThat(serious).as("axe-core serious or critical violations").isEmpty();
        } finally {
            browser.quit();
        }
    }

    private static void record(String council, String reference, String capability, LocalDate end, List<Integer> options,
            BuyOnceSystem system) {
        given().baseUri(system.contracts()).contentType("application/json").body(Map.ofEntries(Map.entry("council", council),
                        Map.entry("reference", reference), Map.entry("title", "Shared system"),
                        Map.entry("supplier", Map.of("name", "Supplier Ltd")), Map.entry("capability", capability),
                        Map.entry("startDate", end.minusYears(3).plusDays(1).toString()), Map.entry("endDate", end.toString()),
                        Map.entry("extensionOptions", options.stream().map(m -> Map.of("months", m)).toList()),
                        Map.entry("noticePeriodMonths", 3), Map.entry("renewalType", "FIXED"), Map.entry("annualValue", 50000)))
                .post("/contracts").then().statusCode(201);
    }

    /** Runs the pinned axe-core in the page, as an auditor would, and returns its serious and critical violations. */
    @SuppressWarnings("unchecked")
    private static List<String> axeViolations(WebDriver browser) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(Files.readString(AXE));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: 0}]));");
        return violations.stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + ": " + v.get("help") + " (" + v.get("nodes") + " elements)").toList();
    }
}
