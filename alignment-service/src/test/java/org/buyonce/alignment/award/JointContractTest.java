package org.buyonce.alignment.award;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.buyonce.alignment.TestClock;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.testing.EventProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.buyonce.alignment.ContractEvents.capability;
import static org.buyonce.alignment.ContractEvents.fixed;
import static org.buyonce.alignment.ContractEvents.joint;
import static org.buyonce.alignment.ContractEvents.replacedBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** A plan follows the joint contract that names it, through the real broker (DESIGN.md, "From plan to joint contract"). */
@QuarkusTest
class JointContractTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TestClock clock;

    @Inject
    JointContracts jointContracts;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** CAM's and HDC's contracts of a new capability, both ending on T, 2027-03-31, adopted as a plan as of 2026-01-01. */
    private record Planned(String capability, String plan, ContractRenewalState cam, ContractRenewalState hdc) {
    }

    private Planned planned() {
        String capability = capability("printing");
        ContractRenewalState cam = fixed(UUID.randomUUID(), 0, "CAM", capability, "2027-03-31", "60000");
        ContractRenewalState hdc = fixed(UUID.randomUUID(), 0, "HDC", capability, "2027-03-31", "45000");
        send(cam, hdc);
        await().atMost(WAIT).untilAsserted(() ->
                given().queryParam("asOf", "2026-01-01").get("/opportunities/{c}", capability).then().statusCode(200));
        String plan = given().contentType(ContentType.JSON).body(Map.of("capability", capability, "asOf", "2026-01-01"))
                .post("/plans").then().statusCode(201).body("targetDate", equalTo("2027-03-31")).extract().path("id");
        return new Planned(capability, plan, cam, hdc);
    }

    private static void approve(String plan, String... councils) {
        for (String council : councils) {
            given().contentType(ContentType.JSON).body(Map.of("council", council)).post("/plans/{id}/approvals", plan).then().statusCode(200);
        }
    }

    private void send(ContractRenewalState... states) {
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            for (ContractRenewalState state : states) {
                events.contract(state);
            }
        }
    }

    @Test
    void theJointContractAwardsThePlanItsReplacedContractsAreDoneAndItIsImplementedFromItsStart() {
        clock.setToday(LocalDate.of(2027, 3, 1));
        Planned p = planned();
        approve(p.plan(), "CAM", "HDC");
        int alignedBefore = given().get("/programme").then().extract().path("contractsAligned");
        UUID joint = UUID.randomUUID();

        send(joint(joint, p.capability(), UUID.fromString(p.plan()), "2027-04-01", "2032-03-31", List.of(p.cam().id(), p.hdc().id()),
                "CAM", "HDC"), replacedBy(p.cam(), joint), replacedBy(p.hdc(), joint));

        await().atMost(WAIT).untilAsserted(() -> given().get("/plans/{id}", p.plan()).then()
                .body("status", equalTo("AWARDED")).body("jointContractId", equalTo(joint.toString()))
                .body("jointContractStart", equalTo("2027-04-01")).body("jointContractMismatches", empty())
                .body("tracking", equalTo("DONE")).body("contracts.tracking", contains("DONE", "DONE"))
                .body("contracts[0].trackingReason", containsString("replaced by the joint contract from 2027-04-01")));
        given().get("/programme").then().body("contractsAligned", equalTo(alignedBefore + 2));
        given().contentType(ContentType.JSON).header("If-Match", version(p.plan())).body(Map.of("status", "IMPLEMENTED"))
                .patch("/plans/{id}", p.plan()).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("joint contract " + joint + " names this plan"));
        given().queryParam("capability", p.capability()).get("/dashboard").then().statusCode(200)
                .body(containsString("CAM-JOINT-" + p.capability() + " (CAM), from 2027-04-01"));

        clock.setToday(LocalDate.of(2027, 3, 31));
        jointContracts.implementStarted();
        given().get("/plans/{id}", p.plan()).then().body("status", equalTo("AWARDED"));
        clock.setToday(LocalDate.of(2027, 4, 2)); // it started yesterday
        jointContracts.implementStarted();
        given().get("/plans/{id}", p.plan()).then().body("status", equalTo("IMPLEMENTED"));
    }

    @Test
    void aJointContractThatDoesNotMatchItsPlanIsShownOnItAndAwardsItOnlyOnceApproved() {
        clock.setToday(LocalDate.of(2027, 3, 1));
        Planned p = planned();
        UUID joint = UUID.randomUUID();

        send(joint(joint, p.capability(), UUID.fromString(p.plan()), "2027-04-01", "2032-03-31", List.of(p.cam().id()), "CAM"));

        await().atMost(WAIT).untilAsserted(() -> given().get("/plans/{id}", p.plan()).then()
                .body("status", equalTo("IDENTIFIED")).body("jointContractId", equalTo(joint.toString()))
                .body("jointContractMismatches", contains("the joint contract's councils are CAM, the plan's CAM, HDC",
                        "the plan is IDENTIFIED: it is awarded once every council has approved it")));

        approve(p.plan(), "CAM", "HDC");
        given().get("/plans/{id}", p.plan()).then().body("status", equalTo("AWARDED"))
                .body("jointContractMismatches", contains("the joint contract's councils are CAM, the plan's CAM, HDC"));
    }

    private static String version(String plan) {
        return given().get("/plans/{id}", plan).then().extract().header("ETag");
    }
}
