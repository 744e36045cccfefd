package org.buyonce.contract.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.buyonce.testing.OcdsSchema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.buyonce.contract.ContractJson.create;
import static org.buyonce.contract.ContractJson.etag;
import static org.buyonce.contract.ContractJson.post;
import static org.buyonce.contract.ContractJson.valid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * A joint contract that replaces the councils' contracts (DESIGN.md, "From plan to joint contract"). Each test has its
 * own years, from 2155 on, so that no contract of another of them is replaced or recharged alongside.
 */
@QuarkusTest
class SuccessionTest {

    private static final UUID PLAN = UUID.fromString("0f4c2a1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b");

    /** A printing contract of a council ending on T, 31 March of a year. */
    private static String printing(String council, double annual, int year) {
        Map<String, Object> body = valid();
        body.put("council", council);
        body.put("capability", "printing");
        body.put("startDate", (year - 5) + "-04-01");
        body.put("endDate", year + "-03-31");
        body.put("extensionOptions", List.of());
        body.put("annualValue", annual);
        return create(body);
    }

    /** CAM's joint printing contract from the day after T (31 March of a year), shared with HDC, replacing the contracts given. */
    private static Map<String, Object> joint(int year, Object... replaces) {
        Map<String, Object> body = valid();
        body.put("council", "CAM");
        body.put("capability", "printing");
        body.put("startDate", year + "-04-01");
        body.put("endDate", (year + 5) + "-03-31");
        body.put("extensionOptions", List.of());
        body.put("annualValue", 98765.43);
        body.put("participants", List.of(Map.of("council", "CAM", "sharePercent", 57.14), Map.of("council", "HDC", "sharePercent", 42.86)));
        body.put("planId", PLAN.toString());
        body.put("replaces", new ArrayList<>(List.of(replaces)));
        return body;
    }

    @Test
    void aJointContractReplacesEachCouncilsContractAndIsRechargedAndLinkedInOpenData() throws IOException {
        String since = Instant.now().toString();
        String cam = printing("CAM", 60000, 2160);
        String hdc = printing("HDC", 45000, 2160);

        String joint = create(joint(2160, cam, hdc));

        given().get("/contracts/{id}", joint).then().body("planId", equalTo(PLAN.toString()))
                .body("replaces", contains(cam, hdc)).body("replacedBy", nullValue());
        for (String old : List.of(cam, hdc)) {
            given().get("/contracts/{id}", old).then().body("replacedBy", equalTo(joint)).body("version", equalTo(1));
        }
        // 2160/61 has 365 days, all of them the joint contract's: 98,765.43 split 57.14 / 42.86, the penny to the larger remainder.
        String row = "contracts.find { it.contractId == '" + joint + "' }";
        given().queryParam("financialYear", 2160).get("/recharges").then().statusCode(200)
                .body(row + ".leadCouncil", equalTo("CAM")).body(row + ".days", equalTo(365)).body(row + ".amount", equalTo(98765.43f))
                .body(row + ".shares.council", contains("CAM", "HDC")).body(row + ".shares.amount", contains(56434.57f, 42330.86f));

        JsonNode releases = new ObjectMapper().readTree(given().queryParam("council", "CAM").queryParam("updatedSince", since)
                .get("/ocds/releases").then().statusCode(200).extract().asString());
        assertThat(OcdsSchema.violations(releases)).isEmpty();
        JsonNode release = java.util.stream.StreamSupport.stream(releases.path("releases").spliterator(), false)
                .filter(r -> r.path("ocid").asText().equals("ocds-buyonce-" + joint)).findFirst().orElseThrow();
        assertThat(release.path("relatedProcesses").toString()).isEqualTo("[{\"id\":\"plan\",\"relationship\":[\"planning\"],"
                + "\"title\":\"The alignment plan of the joint procurement\",\"scheme\":\"ocid\",\"identifier\":\"ocds-buyonce-" + PLAN
                + "\"},{\"id\":\"" + cam + "\",\"relationship\":[\"prior\"],\"title\":\"A contract it replaces\",\"scheme\":\"ocid\","
                + "\"identifier\":\"ocds-buyonce-" + cam + "\"},{\"id\":\"" + hdc + "\",\"relationship\":[\"prior\"],\"title\":"
                + "\"A contract it replaces\",\"scheme\":\"ocid\",\"identifier\":\"ocds-buyonce-" + hdc + "\"}]");
    }

    @Test
    void aContractNoLongerNamedIsNoLongerReplacedAndAReplacedOneCannotBeDeleted() {
        String cam = printing("CAM", 60000, 2170);
        String hdc = printing("HDC", 45000, 2170);
        Map<String, Object> body = joint(2170, cam, hdc);
        String joint = create(body);

        given().delete("/contracts/{id}", cam).then().statusCode(409).body("detail", containsString("is replaced by contract " + joint));
        body.put("replaces", List.of(cam));
        given().contentType(ContentType.JSON).header("If-Match", etag(joint)).body(body).put("/contracts/{id}", joint).then().statusCode(200);
        given().get("/contracts/{id}", hdc).then().body("replacedBy", nullValue()).body("version", equalTo(2));

        given().delete("/contracts/{id}", joint).then().statusCode(204);
        given().get("/contracts/{id}", cam).then().body("replacedBy", nullValue());
    }

    @Test
    void whatCannotBeReplacedIsRefusedAndNothingIsWritten() {
        String cam = printing("CAM", 60000, 2180);
        String hdc = printing("HDC", 45000, 2180);
        String scdc = printing("SCDC", 38000, 2180); // SCDC takes no part in the joint contract
        Map<String, Object> telephony = valid();
        telephony.put("council", "CAM");
        String camTelephony = create(telephony);
        String unknown = UUID.randomUUID().toString();

        refused(joint(2180, camTelephony, cam, cam, unknown, scdc))
                .body("errors.field", contains("replaces[0]", "replaces[2]", "replaces[3]", "replaces[4]"))
                .body("errors[0].message", containsString("is for telephony, not printing"))
                .body("errors[1].message", containsString("is named twice"))
                .body("errors[2].message", equalTo("no contract " + unknown + " is recorded"))
                .body("errors[3].message", containsString("is SCDC's: a contract replaces another council's only as a joint contract"));

        String first = create(joint(2180, cam, hdc));
        refused(joint(2180, cam)).body("errors[0].message", containsString("is already replaced by contract " + first));

        // first replaces cam; cam naming first would be a cycle; first naming itself is refused too.
        Map<String, Object> camBody = valid();
        camBody.put("council", "CAM");
        camBody.put("capability", "printing");
        camBody.put("reference", given().get("/contracts/{id}", cam).then().extract().path("reference"));
        camBody.put("startDate", "2175-04-01");
        camBody.put("endDate", "2180-03-31");
        camBody.put("extensionOptions", List.of());
        camBody.put("annualValue", 60000);
        camBody.put("replaces", List.of(first));
        given().contentType(ContentType.JSON).header("If-Match", etag(cam)).body(camBody).put("/contracts/{id}", cam).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", containsString("replacing it back would make a cycle"));
        Map<String, Object> self = joint(2180, cam, hdc, first);
        given().contentType(ContentType.JSON).header("If-Match", etag(first)).body(self).put("/contracts/{id}", first).then()
                .statusCode(400).body("errors[0].field", equalTo("replaces[2]")).body("errors[0].message", equalTo("a contract cannot replace itself"));

        given().get("/contracts/{id}", cam).then().body("version", equalTo(1)).body("replaces", hasSize(0));
        given().get("/contracts/{id}", scdc).then().body("version", equalTo(0)).body("replacedBy", nullValue());
        given().get("/contracts/{id}", first).then().body("version", equalTo(0));
    }

    private static ValidatableResponse refused(Map<String, Object> body) {
        long before = given().queryParam("capability", "printing").get("/contracts").then().extract().jsonPath().getLong("totalItems");
        ValidatableResponse response = post(body).statusCode(400).contentType("application/problem+json");
        long after = given().queryParam("capability", "printing").get("/contracts").then().extract().jsonPath().getLong("totalItems");
        assertThat(after).as("nothing written").isEqualTo(before);
        return response;
    }
}
