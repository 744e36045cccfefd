package org.buyonce.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads the demo partnership through the services' own APIs (never into their databases): three councils' contracts,
 * the asset register by CSV import, and a few alignment plans at different stages. Dates are relative to today, so
 * the demo is as telling whenever it is loaded.
 */
final class DemoPartnership {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Who looks after each council's contracts in the demo, reminded by email before their deadlines. */
    private static final Map<String, Map<String, String>> OWNERS = Map.of(
            "CAM", Map.of("name", "Priya Shah", "email", "priya.shah@cam.buyonce.test"),
            "HDC", Map.of("name", "Tom Hughes", "email", "tom.hughes@hdc.buyonce.test"),
            "SCDC", Map.of("name", "Aisha Khan", "email", "aisha.khan@scdc.buyonce.test"));
    /** The one contract whose details notice nobody published. */
    private static final String FORGOTTEN_NOTICE = "CAM-ICT-031";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).get();
    private static final Map<String, String> SITES = Map.of("CAM", "Mandela House", "HDC", "Pathfinder House",
            "SCDC", "South Cambridgeshire Hall");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String contracts;
    private final String assets;
    private final String alignment;
    private final String token;
    private final LocalDate today = LocalDate.now();

    DemoPartnership(String contracts, String assets, String alignment, String adminToken) {
        this.contracts = contracts;
        this.assets = assets;
        this.alignment = alignment;
        this.token = adminToken;
    }

    boolean isEmpty() throws IOException, InterruptedException {
        return get(contracts + "/contracts?size=1").get("totalItems").asLong() == 0;
    }

    /** Returns a line saying what was loaded. */
    String load() throws IOException, InterruptedException {
        Map<String, String> contractIds = recordContracts();
        awaitCapabilitiesKnownToAssets(Set.of("telephony", "hosting", "network", "end-user-devices", "printing"));
        recordPublishedNotices();
        int assetCount = importAssets(contractIds);
        int plans = adoptPlans(contractIds);
        return "loaded the demo partnership: " + contractIds.size() + " contracts, " + assetCount + " assets, " + plans + " plans";
    }

    private Map<String, String> recordContracts() throws IOException, InterruptedException {
        Map<String, String> ids = new LinkedHashMap<>();
        for (CSVRecord row : rows("demo/contracts.csv")) {
            Map<String, Object> contract = new LinkedHashMap<>();
            contract.put("council", row.get("council"));
            contract.put("reference", row.get("reference"));
            contract.put("title", row.get("title"));
            contract.put("supplier", Map.of("name", row.get("supplier"), "companyNumber", row.get("companyNumber")));
            contract.put("capability", row.get("capability"));
            contract.put("startDate", today.minusMonths(Long.parseLong(row.get("startedMonthsAgo"))).withDayOfMonth(1).toString());
            contract.put("endDate", monthEnd(Integer.parseInt(row.get("endsInMonths"))).toString());
            List<Map<String, Object>> options = new ArrayList<>();
            for (String months : split(row.get("options"))) {
                options.add(Map.of("months", Integer.parseInt(months)));
            }
            contract.put("extensionOptions", options);
            contract.put("noticePeriodMonths", Integer.parseInt(row.get("noticeMonths")));
            contract.put("renewalType", row.get("renewalType"));
            if (!row.get("renewalPeriodMonths").isEmpty()) {
                contract.put("renewalPeriodMonths", Integer.parseInt(row.get("renewalPeriodMonths")));
            }
            contract.put("annualValue", Double.parseDouble(row.get("annualValue")));
            contract.put("procurementRoute", row.get("procurementRoute"));
            List<Map<String, Object>> participants = new ArrayList<>();
            for (String share : split(row.get("participants"))) {
                String[] parts = share.split("=");
                participants.add(Map.of("council", parts[0], "sharePercent", Double.parseDouble(parts[1])));
            }
            contract.put("participants", participants);
            contract.put("owner", OWNERS.get(row.get("council")));
            JsonNode created = send("POST", contracts + "/contracts", "application/json", JSON.writeValueAsString(contract), 201);
            ids.put(row.get("reference"), created.get("id").asText());
        }
        return ids;
    }

    /**
     * The contract details notices (UK7) the councils published, each three weeks after the contract was entered into:
     * all but CAM's hosting contract's, forgotten and now overdue. CAM's public Wi-Fi, entered into this month, owes
     * its notice by the month's end.
     */
    private void recordPublishedNotices() throws IOException, InterruptedException {
        int number = 41235;
        for (JsonNode notice : get(contracts + "/notices?type=UK7&status=OVERDUE&size=100").get("items")) {
            if (notice.get("reference").asText().equals(FORGOTTEN_NOTICE)) {
                continue;
            }
            String contract = contracts + "/contracts/" + notice.get("contractId").asText();
            JsonNode current = get(contract);
            LocalDate publishedOn = LocalDate.parse(current.get("enteredIntoOn").asText()).plusDays(21);
            String id = String.format("%06d-%d", number++, publishedOn.getYear());
            send("POST", contract + "/notices", "application/json", JSON.writeValueAsString(Map.of("type", "UK7",
                            "publishedOn", publishedOn.toString(), "noticeId", id, "url", "https://www.find-tender.service.gov.uk/Notice/" + id)),
                    200, "\"" + current.get("version").asLong() + "\"");
        }
    }

    private int importAssets(Map<String, String> contractIds) throws IOException, InterruptedException {
        StringWriter csv = new StringWriter();
        csv.write("tag,name,type,capability,councils,site,responsibleParty,criticality,monitored,purchaseDate,endOfSupport,status,supportingContractId\n");
        int count = 0;
        for (CSVRecord row : rows("demo/assets.csv")) {
            LocalDate purchased = today.minusYears(Long.parseLong(row.get("purchasedYearsAgo"))).withDayOfMonth(1);
            LocalDate endOfSupport = monthEnd(Integer.parseInt(row.get("endOfSupportInMonths")));
            csv.write(String.join(",", row.get("tag"), quote(row.get("name")), row.get("type"), row.get("capability"),
                    row.get("councils"), quote(row.get("site")), quote(row.get("responsibleParty")), row.get("criticality"),
                    row.get("monitored"), purchased.toString(), endOfSupport.toString(), row.get("status"),
                    contractIds.getOrDefault(row.get("supportingContract"), "")) + "\n");
            count++;
        }
        count += everydayEstate(contractIds, csv);
        JsonNode report = send("POST", assets + "/assets/import", "text/csv", csv.toString(), 200);
        return report.get("rows").asInt();
    }

    /** Desktops, laptops, printers and switches of each council, some of them old enough to be out of support. */
    private int everydayEstate(Map<String, String> contractIds, StringWriter csv) {
        int count = 0;
        for (String council : List.of("CAM", "HDC", "SCDC")) {
            String devices = contractIds.get(council + "-ICT-002");
            String printing = contractIds.get(council + "-ICT-011");
            String network = contractIds.get(council + "-ICT-027");
            for (int n = 1; n <= 80; n++) {
                boolean laptop = n % 3 != 0;
                int age = n % 7; // years
                csv.write(String.join(",", council + (laptop ? "-LAP-" : "-DSK-") + String.format("%04d", n),
                        laptop ? "Council Anywhere laptop" : "Desktop PC", laptop ? "LAPTOP" : "DESKTOP", "end-user-devices",
                        council, quote(SITES.get(council)), "3C ICT", "NORMAL", "no",
                        today.minusYears(age).withDayOfMonth(1).toString(), today.minusYears(age).plusYears(5).withDayOfMonth(1).toString(),
                        age >= 5 ? "LEGACY" : "IN_USE", devices) + "\n");
                count++;
            }
            for (int n = 1; n <= 6; n++) {
                csv.write(String.join(",", council + "-PRN-" + String.format("%04d", n), "Multi-function printer", "PRINTER",
                        "printing", council, quote(SITES.get(council)), "Print supplier", "NORMAL", "no",
                        today.minusYears(3).withDayOfMonth(1).toString(), monthEnd(36 + n).toString(), "IN_USE",
                        printing == null ? "" : printing) + "\n");
                count++;
            }
            for (int n = 2; n <= 5; n++) {
                csv.write(String.join(",", council + "-NET-" + String.format("%04d", n), "Edge switch", "NETWORK", "network",
                        council, quote(SITES.get(council)), "3C ICT", "HIGH", "yes", today.minusYears(n).withDayOfMonth(1).toString(),
                        monthEnd(84 - 6 * n).toString(), "IN_USE", network == null ? "" : network) + "\n");
                count++;
            }
        }
        return count;
    }

    /**
     * Three plans at three stages. Printing: approved by all three councils and awarded: its joint contract, signed
     * today, starts the day after the target and replaces the three councils' contracts (the plan is implemented once
     * it starts). Revenues and benefits: approved by CAM and HDC, awaiting SCDC's cabinet. Telephony: adopted
     * two months ago, when SCDC's legacy PBX still had time to negotiate its bridge; that deadline has passed (OVERDUE).
     */
    private int adoptPlans(Map<String, String> contractIds) throws IOException, InterruptedException {
        awaitOpportunities(Set.of("printing", "revenues-benefits", "telephony"));
        String printing = adopt("printing", today);
        for (String council : List.of("CAM", "HDC", "SCDC")) {
            approve(printing, council, "Joint ICT board " + today.minusMonths(1).withDayOfMonth(14) + ", minute " + (12 + council.length()));
        }
        move(printing, "IN_PROCUREMENT");
        recordJointContract(printing, contractIds);
        String revenues = adopt("revenues-benefits", today);
        approve(revenues, "CAM", "Executive " + today.minusDays(20) + ", minute 31");
        approve(revenues, "HDC", "Cabinet " + today.minusDays(12) + ", minute 47");
        adopt("telephony", today.minusMonths(2));
        return 3;
    }

    /**
     * CAM leads the joint printing contract, re-procured from Xerox for all three councils at less than the three cost
     * together, shared by their spend; recording it awards the plan.
     */
    private void recordJointContract(String plan, Map<String, String> contractIds) throws IOException, InterruptedException {
        LocalDate start = LocalDate.parse(get(alignment + "/plans/" + plan).get("targetDate").asText()).plusDays(1);
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("council", "CAM");
        contract.put("reference", "CAM-ICT-040");
        contract.put("title", "Joint multi-function printing for the shared service");
        contract.put("supplier", Map.of("name", "Xerox (UK) Ltd", "companyNumber", "00330754"));
        contract.put("capability", "printing");
        contract.put("startDate", start.toString());
        contract.put("enteredIntoOn", today.toString());
        contract.put("endDate", start.plusYears(5).minusDays(1).toString());
        contract.put("extensionOptions", List.of(Map.of("months", 24)));
        contract.put("noticePeriodMonths", 6);
        contract.put("renewalType", "FIXED");
        contract.put("annualValue", 125000.00);
        contract.put("procurementRoute", "Crown Commercial Service RM6174, further competition");
        contract.put("participants", List.of(Map.of("council", "CAM", "sharePercent", 42.00),
                Map.of("council", "HDC", "sharePercent", 31.50), Map.of("council", "SCDC", "sharePercent", 26.50)));
        contract.put("owner", OWNERS.get("CAM"));
        contract.put("planId", plan);
        contract.put("replaces", List.of(contractIds.get("CAM-ICT-011"), contractIds.get("HDC-ICT-011"), contractIds.get("SCDC-ICT-011")));
        contractIds.put("CAM-ICT-040", send("POST", contracts + "/contracts", "application/json", JSON.writeValueAsString(contract), 201)
                .get("id").asText());
        awaitUntil("alignment-service to award the printing plan", () ->
                get(alignment + "/plans/" + plan).get("status").asText().equals("AWARDED"));
    }

    /**
     * The launcher's dashboard link: the one kept in {@code file} while it still opens the dashboard, otherwise a new one
     * (kept there), so that every start does not leave another permanent link behind.
     */
    String dashboardLink(Path file) throws IOException, InterruptedException {
        if (Files.exists(file)) {
            String kept = Files.readString(file).strip();
            HttpResponse<Void> opened = http.send(HttpRequest.newBuilder(URI.create(kept)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (opened.statusCode() == 200) {
                return kept;
            }
        }
        String created = send("POST", alignment + "/dashboard-links", "application/json",
                JSON.writeValueAsString(Map.of("label", "Printed by the launcher")), 201).get("url").asText();
        Files.writeString(file, created);
        return created;
    }

    private String adopt(String capability, LocalDate asOf) throws IOException, InterruptedException {
        return send("POST", alignment + "/plans", "application/json",
                JSON.writeValueAsString(Map.of("capability", capability, "asOf", asOf.toString())), 201).get("id").asText();
    }

    private void approve(String plan, String council, String decision) throws IOException, InterruptedException {
        send("POST", alignment + "/plans/" + plan + "/approvals", "application/json",
                JSON.writeValueAsString(Map.of("council", council, "decisionReference", decision)), 200);
    }

    private void move(String plan, String status) throws IOException, InterruptedException {
        long version = get(alignment + "/plans/" + plan).get("version").asLong();
        send("PATCH", alignment + "/plans/" + plan, "application/json",
                JSON.writeValueAsString(Map.of("status", status, "version", version)), 200);
    }

    private void awaitCapabilitiesKnownToAssets(Set<String> needed) throws IOException, InterruptedException {
        awaitUntil("asset-service to learn the capabilities catalogue", () -> {
            Set<String> known = new TreeSet<>();
            get(assets + "/capabilities").forEach(c -> known.add(c.get("code").asText()));
            return known.containsAll(needed);
        });
    }

    private void awaitOpportunities(Set<String> capabilities) throws IOException, InterruptedException {
        awaitUntil("alignment-service to plan the contracts", () -> {
            Set<String> found = new TreeSet<>();
            get(alignment + "/opportunities?size=100").get("items").forEach(o -> found.add(o.get("capability").asText()));
            return found.containsAll(capabilities);
        });
    }

    private interface Check {
        boolean passes() throws IOException, InterruptedException;
    }

    private static void awaitUntil(String what, Check check) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!check.passes()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("timed out waiting for " + what);
            }
            Thread.sleep(250);
        }
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        return send("GET", url, null, null, 200);
    }

    private JsonNode send(String method, String url, String contentType, String body, int expected)
            throws IOException, InterruptedException {
        return send(method, url, contentType, body, expected, null);
    }

    private JsonNode send(String method, String url, String contentType, String body, int expected, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private LocalDate monthEnd(int monthsFromNow) {
        return today.plusMonths(monthsFromNow).with(TemporalAdjusters.lastDayOfMonth());
    }

    private static List<CSVRecord> rows(String resource) throws IOException {
        try (Reader reader = new InputStreamReader(DemoPartnership.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).getRecords();
        }
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.split(";"));
    }

    private static String quote(String value) {
        return value == null || value.isEmpty() ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
