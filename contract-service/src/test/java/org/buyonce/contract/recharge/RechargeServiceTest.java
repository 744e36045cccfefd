package org.buyonce.contract.recharge;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.buyonce.contract.ContractJson.create;
import static org.buyonce.contract.ContractJson.valid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Recharges in financial years no other test's contract reaches (2150 and 2151), so the totals are exactly these. */
@QuarkusTest
class RechargeServiceTest {

    /** shares: council, percent, council, percent, ... in the order the participants are listed. */
    private static String joint(String lead, String start, String end, double annual, Object... shares) {
        Map<String, Object> body = valid();
        body.put("council", lead);
        body.put("startDate", start);
        body.put("endDate", end);
        body.put("annualValue", annual);
        List<Map<String, Object>> participants = new java.util.ArrayList<>();
        for (int i = 0; i < shares.length; i += 2) {
            participants.add(Map.of("council", shares[i], "sharePercent", shares[i + 1]));
        }
        body.put("participants", participants);
        return create(body);
    }

    @Test
    void eachParticipantOwesTheLeadItsShareOfTheDaysTheContractRunsInTheYear() {
        // HDC leads the service desk for the whole of 2151/52 (366 days, with 29 February 2152).
        String desk = joint("HDC", "2151-04-01", "2154-03-31", 420000,
                "CAM", 33.33, "HDC", 33.34, "SCDC", 33.33);
        // CAM leads a contract that runs 91 of the 365 days of 2150/51.
        String shortOne = joint("CAM", "2150-04-01", "2150-06-30", 45000,
                "CAM", 33.33, "HDC", 33.33, "SCDC", 33.34);
        create(valid()); // a contract of one council is not recharged

        given().queryParam("financialYear", 2151).get("/recharges").then().statusCode(200)
                .body("from", equalTo("2151-04-01")).body("to", equalTo("2152-03-31"))
                .body("contracts", hasSize(1))
                .body("contracts[0].contractId", equalTo(desk)).body("contracts[0].leadCouncil", equalTo("HDC"))
                .body("contracts[0].days", equalTo(366)).body("contracts[0].amount", equalTo(420000.00f))
                .body("contracts[0].shares.council", contains("CAM", "HDC", "SCDC"))
                .body("contracts[0].shares.amount", contains(139986.00f, 140028.00f, 139986.00f))
                .body("councils.council", contains("CAM", "HDC", "SCDC"))
                .body("councils.owes", contains(139986.00f, 0.00f, 139986.00f))
                .body("councils.owed", contains(0.00f, 279972.00f, 0.00f))
                .body("councils.net", contains(-139986.00f, 279972.00f, -139986.00f));

        // 45000 × 91 / 365 = 11219.18; its shares round to 11219.17, and the largest remainder takes the penny.
        given().queryParam("financialYear", 2150).get("/recharges").then().statusCode(200)
                .body("contracts", hasSize(1)).body("contracts[0].contractId", equalTo(shortOne))
                .body("contracts[0].days", equalTo(91)).body("contracts[0].amount", equalTo(11219.18f))
                .body("contracts[0].shares.amount", contains(3739.35f, 3739.35f, 3740.48f))
                .body("councils.share", contains(3739.35f, 3739.35f, 3740.48f))
                .body("councils.owed", contains(7479.83f, 0.00f, 0.00f));
    }

    @Test
    void aBadYearIsRefused() {
        given().queryParam("financialYear", "2027/28").get("/recharges").then().statusCode(400)
                .body("errors[0].field", equalTo("financialYear"));
        given().queryParam("financialYear", 1899).get("/recharges").then().statusCode(400);
        given().queryParam("financialYear", 2199).get("/recharges").then().statusCode(400);
        given().get("/recharges").then().statusCode(200);
    }
}
