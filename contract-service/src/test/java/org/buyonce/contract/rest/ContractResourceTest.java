package org.buyonce.contract.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.buyonce.contract.ContractJson;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.buyonce.contract.ContractJson.create;
import static org.buyonce.contract.ContractJson.option;
import static org.buyonce.contract.ContractJson.post;
import static org.buyonce.contract.ContractJson.valid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ContractResourceTest {

    @Test
    void createdContractHasDerivedDatesLocationAndEtag() {
        Map<String, Object> body = valid();
        body.put("endDate", "2027-03-31");

        String id = post(body).statusCode(201)
                .header("ETag", "\"0\"")
                .body("version", equalTo(0))
                .body("status", equalTo("ACTIVE"))
                .body("noticeDeadline", equalTo("2026-12-31"))
                .body("latestPossibleEnd", equalTo("2029-03-31"))
                .body("annualValue", equalTo(120000.00f))
                .body("extensionOptions.status", contains("AVAILABLE", "AVAILABLE"))
                .extract().path("id");

        given().get("/contracts/{id}", id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("reference", equalTo(body.get("reference")))
                .body("supplier.companyNumber", equalTo("04340834"));
    }

    @Test
    void aContractNamesItsOwnerWhoCanBeChangedOrRemoved() {
        Map<String, Object> body = valid();
        body.put("owner", Map.of("name", "Priya Shah", "email", "priya.shah@cambridge.gov.uk"));
        String id = create(body);
        given().get("/contracts/{id}", id).then().body("owner.name", equalTo("Priya Shah"))
                .body("owner.email", equalTo("priya.shah@cambridge.gov.uk"));

        body.remove("owner");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/contracts/{id}", id).then().statusCode(200)
                .body("owner", nullValue());

        body.put("owner", Map.of("name", "Priya Shah", "email", "priya.shah at cambridge"));
        post(body).statusCode(400).body("errors[0].field", equalTo("owner.email"))
                .body("errors[0].message", equalTo("must be an email address like name@council.gov.uk"));
        body.put("owner", Map.of("email", "priya.shah@cambridge.gov.uk"));
        post(body).statusCode(400).body("errors[0].field", equalTo("owner.name"));
    }

    @Test
    void locationHeaderNamesTheNewContract() {
        String location = post(valid()).statusCode(201).extract().header("Location");
        String id = given().get(location).then().statusCode(200).extract().path("id");

        org.assertj.core.api.Assertions.assertThat(location).endsWith("/contracts/" + id);
    }

    @Test
    void tacitContractHasNoLatestPossibleEnd() {
        Map<String, Object> body = valid();
        body.put("renewalType", "TACIT");
        body.put("renewalPeriodMonths", 12);
        body.remove("extensionOptions");

        post(body).statusCode(201).body("latestPossibleEnd", nullValue()).body("renewalPeriodMonths", equalTo(12));
    }

    @Test
    void endOfMonthClampsInDerivedDates() {
        Map<String, Object> body = valid();
        body.put("endDate", "2030-05-31");
        body.put("noticePeriodMonths", 3);
        body.put("extensionOptions", java.util.List.of(option(9)));

        // 2030-05-31 minus 3 months is 2030-02-28; plus 9 months is 2031-02-28.
        post(body).statusCode(201).body("noticeDeadline", equalTo("2030-02-28")).body("latestPossibleEnd", equalTo("2031-02-28"));
    }

    @Test
    void unknownContractIs404Problem() {
        given().get("/contracts/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void updateWithCurrentEtagChangesTheContractAndBumpsTheVersion() {
        Map<String, Object> body = valid();
        String id = create(body);
        body.put("endDate", "2031-03-31");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/contracts/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1))
                .body("endDate", equalTo("2031-03-31")).body("noticeDeadline", equalTo("2030-12-31"));
    }

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        Map<String, Object> body = valid();
        String id = create(body);
        body.put("title", "first change");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/contracts/{id}", id).then().statusCode(200);

        body.put("title", "second change, from a stale read");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/contracts/{id}", id)
                .then().statusCode(412).contentType("application/problem+json");

        given().get("/contracts/{id}", id).then().body("title", equalTo("first change")).body("version", equalTo(1));
    }

    @Test
    void staleVersionFieldIs409() {
        Map<String, Object> body = valid();
        String id = create(body);
        body.put("version", 0);
        body.put("title", "Renamed");
        given().contentType(ContentType.JSON).body(body).put("/contracts/{id}", id).then().statusCode(200).body("version", equalTo(1));

        body.put("title", "Renamed again");
        given().contentType(ContentType.JSON).body(body).put("/contracts/{id}", id).then().statusCode(409)
                .body("type", endsWith("stale-version"));
    }

    @Test
    void aPutThatChangesNothingWritesNothing() {
        Map<String, Object> body = valid();
        String id = create(body);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/contracts/{id}", id).then()
                .statusCode(200).header("ETag", "\"0\"").body("version", equalTo(0));
        given().get("/contracts/{id}/history", id).then().body("size()", equalTo(1));
    }

    @Test
    void updateWithoutAnyVersionIs428() {
        Map<String, Object> body = valid();
        String id = create(body);

        given().contentType(ContentType.JSON).body(body).put("/contracts/{id}", id).then().statusCode(428);
    }

    @Test
    void deletedContractIsGone() {
        String id = create(valid());

        given().delete("/contracts/{id}", id).then().statusCode(204);
        given().get("/contracts/{id}", id).then().statusCode(404);
        given().delete("/contracts/{id}", id).then().statusCode(404);
    }

    @Test
    void listFiltersBySupplierCouncilStatusAndEndDatesSortedByEnd() {
        String supplier = "Supplier " + UUID.randomUUID();
        Map<String, Object> later = valid();
        later.put("supplier", Map.of("name", supplier));
        later.put("endDate", "2031-06-30");
        Map<String, Object> sooner = valid();
        sooner.put("supplier", Map.of("name", supplier));
        sooner.put("endDate", "2029-06-30");
        Map<String, Object> otherCouncil = valid();
        otherCouncil.put("supplier", Map.of("name", supplier));
        otherCouncil.put("council", "HDC");
        String laterId = create(later);
        String soonerId = create(sooner);
        create(otherCouncil);

        given().queryParam("supplier", supplier.toUpperCase()).queryParam("council", "SCDC").get("/contracts").then()
                .statusCode(200).body("totalItems", equalTo(2)).body("items.id", contains(soonerId, laterId));
        given().queryParam("supplier", supplier).queryParam("endFrom", "2031-01-01").queryParam("endTo", "2031-12-31")
                .get("/contracts").then().body("items.id", contains(laterId));
        given().queryParam("supplier", supplier).queryParam("noticeBefore", "2029-04-01").get("/contracts").then()
                .body("items.id", contains(soonerId));
        given().queryParam("supplier", supplier).queryParam("status", "active").get("/contracts").then()
                .body("items.status", everyItem(equalTo("ACTIVE"))).body("items", hasSize(3));
    }

    @Test
    void listIsPagedAndPageSizeIsCapped() {
        String supplier = "Paged " + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = valid();
            body.put("supplier", Map.of("name", supplier));
            create(body);
        }

        given().queryParam("supplier", supplier).queryParam("size", 2).queryParam("page", 1).get("/contracts").then()
                .statusCode(200).body("items", hasSize(1)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
        given().queryParam("size", 101).get("/contracts").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("page", "first").get("/contracts").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void malformedFiltersAre400NamingTheParameter() {
        given().queryParam("endFrom", "31/12/2026").get("/contracts").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("endFrom"));
        given().queryParam("status", "PAUSED").get("/contracts").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("council", "XYZ").get("/contracts").then().statusCode(400).body("errors[0].field", equalTo("council"));
    }

    @Test
    void councilsComeFromConfiguration() {
        given().get("/councils").then().statusCode(200)
                .body("code", contains("CAM", "HDC", "SCDC"))
                .body("name[2]", equalTo("South Cambridgeshire District Council"));
    }
}
