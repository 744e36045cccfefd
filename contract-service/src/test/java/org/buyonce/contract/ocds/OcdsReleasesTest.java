package org.buyonce.contract.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.buyonce.contract.ContractJson;
import org.buyonce.contract.TestClock;
import org.buyonce.testing.OcdsSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.buyonce.contract.ContractJson.create;
import static org.buyonce.contract.ContractJson.valid;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class OcdsReleasesTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A joint SCDC and HDC contract, 1 April 2024 to 31 March 2027 with two 12-month options, at £60,000 a year. */
    private static String jointContract() {
        Map<String, Object> body = valid();
        body.put("startDate", "2024-04-01");
        body.put("endDate", "2027-03-31");
        body.put("annualValue", 60000);
        body.put("supplier", Map.of("name", "Gamma Communications", "companyNumber", "04340834", "sme", false));
        body.put("participants", List.of(Map.of("council", "SCDC", "sharePercent", 50), Map.of("council", "HDC", "sharePercent", 50)));
        return create(body);
    }

    @Test
    void eachVersionOfAContractIsAReleaseTaggedForWhatChanged() {
        String since = Instant.now().toString();
        String id = jointContract();
        clock.setToday(LocalDate.of(2026, 6, 1));
        given().header("If-Match", ContractJson.etag(id)).post("/contracts/{id}/options/exercise", id).then().statusCode(200);
        given().header("If-Match", ContractJson.etag(id)).contentType("application/json")
                .body(Map.of("terminationDate", "2027-09-30", "reason", "Replaced by the joint telephony contract"))
                .post("/contracts/{id}/terminate", id).then().statusCode(200);

        JsonNode releases = releasePackage(given().queryParam("council", "SCDC").queryParam("updatedSince", since)
                .get("/ocds/releases").then().statusCode(200).contentType("application/json").extract()).path("releases");

        List<JsonNode> ours = releasesOf(releases, "ocds-buyonce-" + id);
        assertThat(ours).extracting(r -> r.path("tag").get(0).asText())
                .containsExactly("contract", "contractAmendment", "contractTermination");
        assertThat(ours).extracting(r -> r.path("id").asText())
                .containsExactly("ocds-buyonce-" + id + "-0", "ocds-buyonce-" + id + "-1", "ocds-buyonce-" + id + "-2");

        JsonNode first = ours.get(0);
        assertThat(first.path("buyer").path("id").asText()).isEqualTo("SCDC");
        assertThat(first.path("buyer").path("name").asText()).isEqualTo("South Cambridgeshire District Council");
        assertThat(first.path("parties")).extracting(p -> p.path("id").asText() + " " + p.path("roles"))
                .containsExactly("SCDC [\"buyer\",\"payer\"]", "HDC [\"payer\"]", "GB-COH-04340834 [\"supplier\"]");
        JsonNode supplier = first.path("parties").get(2);
        assertThat(supplier.path("identifier").path("scheme").asText()).isEqualTo("GB-COH");
        assertThat(supplier.path("identifier").path("id").asText()).isEqualTo("04340834");
        assertThat(supplier.path("details").path("scale").asText()).isEqualTo("large");
        assertThat(first.path("awards").get(0).path("suppliers").get(0).path("id").asText()).isEqualTo("GB-COH-04340834");
        assertThat(first.path("tender").path("procurementMethodDetails").asText()).isEqualTo("G-Cloud 14");

        JsonNode contract = first.path("contracts").get(0);
        assertThat(contract.path("awardID").asText()).isEqualTo(id);
        assertThat(contract.path("status").asText()).isEqualTo("active");
        assertThat(contract.path("period").path("startDate").asText()).isEqualTo("2024-04-01T00:00:00+01:00");
        assertThat(contract.path("period").path("endDate").asText()).isEqualTo("2027-03-31T23:59:59+01:00");
        assertThat(contract.path("period").path("maxExtentDate").asText()).isEqualTo("2029-03-31T23:59:59+01:00");
        assertThat(contract.path("value").path("amount").decimalValue()).isEqualByComparingTo("180000.00"); // 3 years
        assertThat(contract.path("value").path("currency").asText()).isEqualTo("GBP");
        assertThat(contract.path("items").get(0).path("classification").path("scheme").asText()).isEqualTo("CPV");
        assertThat(contract.path("items").get(0).path("classification").path("id").asText()).isEqualTo("32550000");
        assertThat(contract.has("amendments")).isFalse();

        JsonNode extended = ours.get(1).path("contracts").get(0);
        assertThat(extended.path("period").path("endDate").asText()).isEqualTo("2028-03-31T23:59:59+01:00");
        assertThat(extended.path("period").path("maxExtentDate").asText()).isEqualTo("2029-03-31T23:59:59+01:00");
        assertThat(extended.path("value").path("amount").decimalValue()).isEqualByComparingTo("240000.00"); // 4 years
        JsonNode amendment = extended.path("amendments").get(0);
        assertThat(amendment.path("description").asText())
                .isEqualTo("End 2027-03-31 to 2028-03-31; extension options 12 months available, 12 months available to "
                        + "12 months exercised, 12 months available");
        assertThat(amendment.path("amendsReleaseID").asText()).isEqualTo("ocds-buyonce-" + id + "-0");
        assertThat(amendment.path("releaseID").asText()).isEqualTo("ocds-buyonce-" + id + "-1");

        JsonNode terminated = ours.get(2).path("contracts").get(0);
        assertThat(terminated.path("status").asText()).isEqualTo("terminated");
        assertThat(terminated.path("period").path("endDate").asText()).isEqualTo("2027-09-30T23:59:59+01:00");
        assertThat(terminated.path("period").path("maxExtentDate").asText()).isEqualTo("2027-09-30T23:59:59+01:00");
        // 1 April 2024 to 30 September 2027: 42 months, three and a half years.
        assertThat(terminated.path("value").path("amount").decimalValue()).isEqualByComparingTo("210000.00");
    }

    @Test
    void theTermValueCountsWholeMonthsAndTheDaysLeftOver() {
        org.buyonce.contract.Contract contract = new org.buyonce.contract.Contract();
        contract.annualValue = new java.math.BigDecimal("36500.00");
        contract.startDate = LocalDate.of(2025, 1, 1);
        contract.endDate = LocalDate.of(2025, 1, 10); // ten days: 10/365 of a year
        assertThat(ContractRelease.termValue(contract)).isEqualByComparingTo("1000.00");
        contract.endDate = LocalDate.of(2026, 2, 10); // 13 months and 10 days
        assertThat(ContractRelease.termValue(contract)).isEqualByComparingTo("40541.67"); // 39541.67 + 1000.00
    }

    @Test
    void aReleaseOfAnotherCouncilIsNotInACouncilsPackageAndADataCorrectionIsAnUpdate() {
        String since = Instant.now().toString();
        Map<String, Object> body = valid();
        body.put("council", "CAM");
        String id = create(body);
        body.put("title", "Telephony platform and handsets");
        body.put("version", 0);
        given().contentType("application/json").body(body).put("/contracts/{id}", id).then().statusCode(200);

        assertThat(given().queryParam("council", "SCDC").queryParam("updatedSince", since).get("/ocds/releases").statusCode())
                .isEqualTo(204);
        JsonNode releases = releasePackage(given().queryParam("council", "CAM").queryParam("updatedSince", since)
                .get("/ocds/releases").then().statusCode(200).extract()).path("releases");
        assertThat(releasesOf(releases, "ocds-buyonce-" + id)).extracting(r -> r.path("tag").get(0).asText())
                .containsExactly("contract", "contractUpdate");
    }

    @Test
    void pagesAreLinkedAndAnEmptyPageIsNoContent() {
        String since = Instant.now().toString();
        for (int i = 0; i < 3; i++) {
            create(valid());
        }
        ExtractableResponse<Response> first = given().queryParam("updatedSince", since).queryParam("size", 2).get("/ocds/releases")
                .then().statusCode(200).extract();
        assertThat(releasePackage(first).path("releases")).hasSize(2);
        String link = first.header("Link");
        assertThat(link).matches("<http://[^>]+/ocds/releases\\?[^>]*page=1[^>]*>; rel=\"next\"");
        String next = link.substring(1, link.indexOf('>'));

        ExtractableResponse<Response> second = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract();
        assertThat(releasePackage(second).path("releases")).hasSize(1);
        assertThat(second.header("Link")).isNull();
        given().queryParam("updatedSince", since).queryParam("size", 2).queryParam("page", 2).get("/ocds/releases").then()
                .statusCode(204);
    }

    @Test
    void theSchemaCheckCatchesWhatOcdsForbids() throws Exception {
        String since = Instant.now().toString();
        create(valid());
        JsonNode document = releasePackage(given().queryParam("updatedSince", since).get("/ocds/releases").then().statusCode(200).extract());
        com.fasterxml.jackson.databind.node.ObjectNode release = (com.fasterxml.jackson.databind.node.ObjectNode) document.path("releases").get(0);
        release.remove("ocid");
        ((com.fasterxml.jackson.databind.node.ObjectNode) release.path("contracts").get(0)).put("status", "ended");
        ((com.fasterxml.jackson.databind.node.ObjectNode) release.path("contracts").get(0).path("period")).put("endDate", "2027-03-31");

        assertThat(violations(document)).hasSize(3).anyMatch(v -> v.contains("ocid")).anyMatch(v -> v.contains("contracts/0/status"))
                .anyMatch(v -> v.contains("date-time"));
    }

    @Test
    void theExampleInTheApiDescriptionIsValidOcds() throws Exception {
        JsonNode api = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        JsonNode example = api.at("/paths/~1ocds~1releases/get/responses/200/content/application~1json/examples/contract/value");
        assertThat(example.isObject()).as("the documented example").isTrue();
        assertThat(violations(example)).isEmpty();
    }

    @Test
    void badFiltersAreRefused() {
        given().queryParam("council", "XYZ").get("/ocds/releases").then().statusCode(400).body("errors[0].field", equalTo("council"));
        given().queryParam("updatedSince", "yesterday").get("/ocds/releases").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
        given().queryParam("updatedSince", "2026-12-01T09:30:00").get("/ocds/releases").then().statusCode(400); // no offset
        given().queryParam("size", 101).get("/ocds/releases").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    private static List<JsonNode> releasesOf(JsonNode releases, String ocid) {
        return java.util.stream.StreamSupport.stream(releases.spliterator(), false)
                .filter(release -> release.path("ocid").asText().equals(ocid)).toList();
    }

    /** The package, validated against the official OCDS 1.1.5 release package schema. */
    private static JsonNode releasePackage(ExtractableResponse<Response> response) {
        try {
            JsonNode document = new ObjectMapper().readTree(response.asString());
            assertThat(violations(document)).as("OCDS 1.1.5 release package schema").isEmpty();
            return document;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> violations(JsonNode document) {
        return OcdsSchema.violations(document);
    }
}
