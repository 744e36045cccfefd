package org.buyonce.alignment.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.alignment.ContractEvents;
import org.buyonce.alignment.projection.ContractProjection;
import org.buyonce.alignment.repository.ProjectionRepository;
import org.buyonce.consumer.ConsumerPositions;
import org.buyonce.consumer.DeadLetters;
import org.buyonce.consumer.ProjectionConsumers;
import org.buyonce.events.AssetLifecycleState;
import org.buyonce.events.AssetStatus;
import org.buyonce.events.AssetType;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.Criticality;
import org.buyonce.events.Topics;
import org.buyonce.testing.EventProducer;
import org.buyonce.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.buyonce.alignment.ContractEvents.capability;
import static org.buyonce.alignment.ContractEvents.fixed;
import static org.buyonce.alignment.ContractEvents.underTheAct;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** contract-renewals, from the real broker, into the projection and on into the opportunities. */
@QuarkusTest
class ContractProjectionTest {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ProjectionConsumers consumers;

    @Inject
    ConsumerPositions positions;

    @Inject
    ProjectionRepository projections;

    @Inject
    EntityManager entityManager;

    private EventProducer events;
    private final UUID cam = UUID.randomUUID();
    private final UUID hdc = UUID.randomUUID();
    private final UUID scdc = UUID.randomUUID();

    @BeforeEach
    void producer() {
        events = new EventProducer(bootstrapServers);
    }

    @AfterEach
    void close() {
        events.close();
    }

    /** The worked example of docs/planner.md, as events. */
    private String workedExample() {
        String capability = capability("telephony");
        events.contract(fixed(cam, 0, "CAM", capability, "2027-03-31", "120000", 12, 12));
        events.contract(fixed(hdc, 0, "HDC", capability, "2028-03-31", "90000"));
        events.contract(fixed(scdc, 0, "SCDC", capability, "2026-12-31", "60000"));
        return capability;
    }

    @Test
    void contractsPublishedByThreeCouncilsAppearInTheRightOpportunityWithinSeconds() {
        String capability = workedExample();

        awaitTarget(capability, "2027-03-31");
        given().queryParam("asOf", "2026-01-01").get("/opportunities/{capability}", capability).then()
                .body("procurementStart", equalTo("2026-06-30"))
                .body("councils", contains("CAM", "HDC", "SCDC"))
                .body("unalignedSpend", equalTo(105041.10f))
                .body("contracts.role", contains("ALIGNED", "JOINS_LATER", "BRIDGED"))
                .body("contracts[1].daysOff", equalTo(366))
                .body("contracts[1].unalignedSpend", equalTo(90246.58f))
                .body("contracts[2].unalignedSpend", equalTo(14794.52f))
                .body("contracts[2].actions[0].type", equalTo("NEGOTIATE_BRIDGE"))
                .body("contracts[2].actions[0].deadline", equalTo("2026-09-30"));
    }

    @Test
    void aBridgeBeyondATenthOfAnActContractsTermAsksForAChangeNoticeFirst() {
        String capability = capability("telephony");
        events.contract(fixed(cam, 0, "CAM", capability, "2027-03-31", "120000", 12, 12));
        events.contract(fixed(hdc, 0, "HDC", capability, "2028-03-31", "90000"));
        // SCDC's from 2025-04-01 to 2026-12-31 under the Act: 640 days awarded, and the bridge is 90.
        ContractRenewalState s = fixed(scdc, 0, "SCDC", capability, "2026-12-31", "60000");
        events.contract(underTheAct(s, LocalDate.of(2025, 4, 1)));

        awaitTarget(capability, "2027-03-31");
        given().queryParam("asOf", "2026-01-01").get("/opportunities/{capability}", capability).then()
                .body("contracts[2].council", equalTo("SCDC"))
                .body("contracts[2].actions.type", contains("NEGOTIATE_BRIDGE", "PUBLISH_CHANGE_NOTICE"))
                .body("contracts[2].actions[1].deadline", equalTo("2026-09-30"))
                .body("contracts[2].actions[1].detail", containsString("more than 10% of the awarded maximum term of 640 days"));
    }

    @Test
    void anEndDateMovedByANewerVersionMovesThePlan() {
        String capability = workedExample();
        awaitTarget(capability, "2027-03-31");

        events.contract(fixed(cam, 1, "CAM", capability, "2028-03-31", "120000", 12)); // option 1 exercised

        awaitTarget(capability, "2027-12-31");
        given().queryParam("asOf", "2026-01-01").get("/opportunities/{capability}", capability).then()
                .body("unalignedSpend", equalTo(112356.17f)).body("contracts.role", contains("JOINS_LATER", "JOINS_LATER", "BRIDGED"));
    }

    @Test
    void aClientPollingWithItsETagGets304UntilItsOpportunityChanges() {
        String capability = workedExample();
        awaitTarget(capability, "2027-03-31");
        String one = currentTag(capability);
        String page = given().queryParam("asOf", "2026-01-01").queryParam("capability", capability).get("/opportunities").then()
                .statusCode(200).extract().header("ETag");
        assertThat(one).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(page).matches("\"[A-Za-z0-9_-]{22}\"").isNotEqualTo(one);

        String other = capability("printing"); // a change elsewhere leaves both unchanged
        events.contract(fixed(UUID.randomUUID(), 0, "HDC", other, "2027-06-30", "5000"));
        events.contract(fixed(UUID.randomUUID(), 0, "CAM", other, "2027-06-30", "5000"));
        await().atMost(WITHIN_SECONDS).untilAsserted(() ->
                given().queryParam("asOf", "2026-01-01").get("/opportunities/{capability}", other).then().statusCode(200));
        given().queryParam("asOf", "2026-01-01").header("If-None-Match", one).get("/opportunities/{capability}", capability).then()
                .statusCode(304).header("ETag", one).body(equalTo(""));
        given().queryParam("asOf", "2026-01-01").queryParam("capability", capability).header("If-None-Match", page)
                .get("/opportunities").then().statusCode(304).header("ETag", page);

        events.contract(fixed(cam, 1, "CAM", capability, "2028-03-31", "120000", 12)); // option 1 exercised
        awaitTarget(capability, "2027-12-31");
        given().queryParam("asOf", "2026-01-01").header("If-None-Match", one).get("/opportunities/{capability}", capability).then()
                .statusCode(200).header("ETag", org.hamcrest.Matchers.not(one)).body("targetDate", equalTo("2027-12-31"));
        given().queryParam("asOf", "2026-01-01").queryParam("capability", capability).header("If-None-Match", page)
                .get("/opportunities").then().statusCode(200).body("items[0].targetDate", equalTo("2027-12-31"));
    }

    @Test
    void aClientWaitingWithItsETagIsAnsweredWhenItsOpportunityChangesOrEnds() {
        String capability = workedExample();
        awaitTarget(capability, "2027-03-31");
        String tag = currentTag(capability);

        CompletableFuture<Response> waiting = waitForChange(capability, tag, "wait=20");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !waiting.isDone());
        events.contract(fixed(cam, 1, "CAM", capability, "2028-03-31", "120000", 12)); // option 1 exercised

        Response changed = waiting.orTimeout(WITHIN_SECONDS.toSeconds(), TimeUnit.SECONDS).join();
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("Preference-Applied")).isEqualTo("wait=20");
        assertThat(changed.header("ETag")).isNotEqualTo(tag);
        assertThat(changed.jsonPath().getString("targetDate")).isEqualTo("2027-12-31");

        // Two councils leave: no opportunity any more, and the waiting client is told so.
        CompletableFuture<Response> ending = waitForChange(capability, changed.header("ETag"), "wait=20");
        events.tombstone(Topics.CONTRACT_RENEWALS, hdc);
        Response afterHdc = ending.orTimeout(WITHIN_SECONDS.toSeconds(), TimeUnit.SECONDS).join();
        assertThat(afterHdc.statusCode()).isEqualTo(200);
        assertThat(afterHdc.jsonPath().getList("councils")).containsExactly("CAM", "SCDC");
        CompletableFuture<Response> gone = waitForChange(capability, afterHdc.header("ETag"), "wait=20");
        events.tombstone(Topics.CONTRACT_RENEWALS, scdc);
        Response none = gone.orTimeout(WITHIN_SECONDS.toSeconds(), TimeUnit.SECONDS).join();
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aClientWaitingForAChangeThatDoesNotComeGets304WhenItsWaitIsOver() {
        String capability = workedExample();
        awaitTarget(capability, "2027-03-31");
        String tag = currentTag(capability);

        long started = System.nanoTime();
        given().queryParam("asOf", "2026-01-01").header("If-None-Match", tag).header("Prefer", "respond-async, wait=1")
                .get("/opportunities/{capability}", capability).then()
                .statusCode(304).header("ETag", tag).header("Preference-Applied", "wait=1");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));

        // Without a matching ETag there is nothing to wait for: the current opportunity at once, the preference unused.
        given().queryParam("asOf", "2026-01-01").header("If-None-Match", "\"another\"").header("Prefer", "wait=30")
                .get("/opportunities/{capability}", capability).then()
                .statusCode(200).header("ETag", tag).header("Preference-Applied", org.hamcrest.Matchers.nullValue());
        given().queryParam("asOf", "2026-01-01").header("If-None-Match", tag).header("Prefer", "wait=soon")
                .get("/opportunities/{capability}", capability).then()
                .statusCode(400).body("errors[0].field", equalTo("Prefer"));
    }

    /** The ETag of the capability's opportunity as of 2026-01-01, read now. */
    private static String currentTag(String capability) {
        return given().queryParam("asOf", "2026-01-01").get("/opportunities/{capability}", capability).then()
                .statusCode(200).extract().header("ETag");
    }

    private static CompletableFuture<Response> waitForChange(String capability, String tag, String prefer) {
        return CompletableFuture.supplyAsync(() -> given().queryParam("asOf", "2026-01-01").header("If-None-Match", tag)
                .header("Prefer", prefer).get("/opportunities/{capability}", capability).thenReturn());
    }

    /**
     * Readers here keep a snapshot found current for a moment without asking the database again; a change another
     * replica's consumer applied (here: its statements, run without this replica's consumer) is still seen soon after.
     * The event it applied is then published too, as it would have been, so the topic and the projection agree.
     */
    @Test
    void aChangeAnotherReplicaAppliedIsSeenByReadsHere() {
        String capability = workedExample();
        awaitTarget(capability, "2027-03-31");

        QuarkusTransaction.requiringNew().run(() -> {
            long revision = ((Number) entityManager.createNativeQuery(
                    "UPDATE projection_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision").getSingleResult()).longValue();
            entityManager.createNativeQuery("UPDATE contract_projection SET annual_value = 95000.50, version = 1, revision = :revision WHERE id = :id")
                    .setParameter("revision", revision).setParameter("id", hdc).executeUpdate();
            entityManager.createNativeQuery("INSERT INTO capability_revision (capability, revision) VALUES (:capability, :revision) "
                            + "ON CONFLICT (capability) DO UPDATE SET revision = EXCLUDED.revision")
                    .setParameter("capability", capability).setParameter("revision", revision).executeUpdate();
        });

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                given().queryParam("asOf", "2026-01-01").get("/opportunities/{capability}", capability).then().statusCode(200)
                        .body("contracts.find { it.contractId == '" + hdc + "' }.annualValue", equalTo(95000.5f)));
        events.contract(fixed(hdc, 1, "HDC", capability, "2028-03-31", "95000.50"));
    }

    @Test
    void aStaleOrRepeatedEventChangesNothing() {
        String capability = workedExample();
        events.contract(fixed(cam, 1, "CAM", capability, "2028-03-31", "120000", 12));
        awaitTarget(capability, "2027-12-31");

        events.contract(fixed(cam, 0, "CAM", capability, "2027-03-31", "120000", 12, 12)); // older
        events.contract(fixed(cam, 1, "CAM", capability, "2030-03-31", "1", 12)); // same version again
        UUID marker = UUID.randomUUID();
        events.contract(fixed(marker, 0, "ELY", capability(capability), "2030-03-31", "1"));
        await().atMost(WITHIN_SECONDS).until(() -> projected(marker) != null); // both were read before it

        assertThat(projected(cam).version).isEqualTo(1);
        assertThat(projected(cam).endDate).isEqualTo("2028-03-31");
        awaitTarget(capability, "2027-12-31");
    }

    @Test
    void aDeletedContractLeavesTheOpportunity() {
        String capability = workedExample();
        awaitTarget(capability, "2027-03-31");

        events.tombstone(Topics.CONTRACT_RENEWALS, hdc);

        await().atMost(WITHIN_SECONDS).until(() -> projected(hdc) == null);
        given().queryParam("asOf", "2026-01-01").get("/opportunities/{capability}", capability).then()
                .body("councils", contains("CAM", "SCDC"));
    }

    @Test
    void aContractMovedToAnotherCapabilityLeavesOneOpportunityAndJoinsTheOther() {
        String capability = workedExample();
        String other = capability("printing");
        events.contract(fixed(UUID.randomUUID(), 0, "HDC", other, "2027-06-30", "5000"));
        awaitTarget(capability, "2027-03-31");

        events.contract(fixed(cam, 1, "CAM", other, "2027-06-30", "120000"));

        await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().queryParam("asOf", "2026-01-01").get("/opportunities/{capability}", other).then()
                        .statusCode(200).body("councils", contains("CAM", "HDC")));
        given().queryParam("asOf", "2026-01-01").get("/opportunities/{capability}", capability).then()
                .body("councils", contains("HDC", "SCDC"));
    }

    @Test
    void anAssetOutOfSupportBeforeTheTargetMakesItsOpportunityUrgentUntilItIsRetired() {
        String capability = workedExample();
        awaitTarget(capability, "2027-03-31");
        UUID pbx = UUID.randomUUID();

        events.asset(pbx(pbx, 0, capability, AssetStatus.IN_USE)); // out of support 2026-12-31, before T = 2027-03-31
        awaitUrgent(capability, true);

        events.asset(pbx(pbx, 1, capability, AssetStatus.RETIRED));
        awaitUrgent(capability, false);
    }

    private static AssetLifecycleState pbx(UUID id, long version, String capability, AssetStatus status) {
        return new AssetLifecycleState(id, version, "PBX-" + id, "Switchboard", AssetType.TELEPHONY, capability, List.of("CAM"),
                null, null, Criticality.HIGH, true, null, null, LocalDate.of(2026, 12, 31), status, null);
    }

    private static void awaitUrgent(String capability, boolean urgent) {
        await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().queryParam("asOf", "2026-01-01").get("/opportunities/{capability}", capability).then()
                        .statusCode(200).body("urgent", equalTo(urgent)));
    }

    @Test
    void anEndedContractIsNoLongerPlanned() {
        String capability = workedExample();
        awaitTarget(capability, "2027-03-31");
        var terminated = fixed(hdc, 1, "HDC", capability, "2027-01-31", "90000");
        events.contract(new org.buyonce.events.ContractRenewalState(terminated.id(), 1, "HDC", terminated.reference(), terminated.title(),
                terminated.supplier(), capability, terminated.startDate(), terminated.endDate(), List.of(), 3,
                terminated.noticeDeadline(), terminated.renewalType(), null, terminated.endDate(), terminated.annualValue(),
                null, ContractStatus.TERMINATED, List.of()));

        await().atMost(WITHIN_SECONDS).until(() -> projected(hdc).status == ContractStatus.TERMINATED);
        given().queryParam("asOf", "2026-01-01").get("/opportunities/{capability}", capability).then()
                .body("councils", contains("CAM", "SCDC"));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        String capability = capability("printing");
        String poisonKey = UUID.randomUUID().toString();
        events.raw(Topics.CONTRACT_RENEWALS, poisonKey, "{\"this is\": \"not a contract\"");
        events.raw(Topics.CONTRACT_RENEWALS, "not-an-id", "{}");
        events.contract(fixed(cam, 0, "CAM", capability, "2027-03-31", "1000"));
        events.contract(fixed(hdc, 0, "HDC", capability, "2027-03-31", "1000"));

        awaitTarget(capability, "2027-03-31");
        try (TopicReader deadLetters = new TopicReader(bootstrapServers, "alignment-service.dlq")) {
            List<ConsumerRecord<String, byte[]>> dead = deadLetters.awaitCount(poisonKey, 1, WITHIN_SECONDS);
            assertThat(TopicReader.value(dead.get(0))).isEqualTo("{\"this is\": \"not a contract\"");
            assertThat(TopicReader.header(dead.get(0), DeadLetters.REASON)).contains("ContractRenewalState unreadable");
            assertThat(TopicReader.header(dead.get(0), DeadLetters.TOPIC)).isEqualTo(Topics.CONTRACT_RENEWALS);
            assertThat(deadLetters.awaitCount("not-an-id", 1, WITHIN_SECONDS)).hasSize(1);
        }
    }

    @Test
    void aConsumerRestartedMidStreamResumesWhereTheDatabaseSays() {
        String capability = capability("finance");
        events.contract(fixed(cam, 0, "CAM", capability, "2027-03-31", "1000"));
        consumers.restartAll();
        events.contract(fixed(hdc, 0, "HDC", capability, "2027-03-31", "1000"));

        awaitTarget(capability, "2027-03-31");
    }

    @Test
    void anEmptyDatabaseIsRebuiltFromTheStartOfTheTopicWithTheSameOpportunities() {
        String capability = workedExample();
        awaitTarget(capability, "2027-03-31");
        String before = opportunitiesAsOf("2026-01-01");
        long contractsBefore = contractCount();

        consumers.stopAll();
        QuarkusTransaction.requiringNew().run(this::emptyProjections);
        positions.forgetAll();
        assertThat(contractCount()).isZero();
        consumers.restartAll();

        await().atMost(Duration.ofSeconds(60)).until(() -> contractCount() == contractsBefore);
        assertThat(opportunitiesAsOf("2026-01-01")).isEqualTo(before);
    }

    private ContractProjection projected(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> projections.contract(id));
    }

    private long contractCount() {
        return QuarkusTransaction.requiringNew().call(() ->
                entityManager.createQuery("select count(c) from ContractProjection c", Long.class).getSingleResult());
    }

    /** As an operator would to rebuild: both projections emptied (and the consumers' positions forgotten). */
    private void emptyProjections() {
        entityManager.createQuery("delete from ContractProjection").executeUpdate();
        entityManager.createQuery("delete from AssetProjection").executeUpdate();
        projections.changedWholly();
    }

    private static String opportunitiesAsOf(String asOf) {
        return given().queryParam("asOf", asOf).queryParam("size", 100).get("/opportunities").then().statusCode(200).extract().asString();
    }

    private static void awaitTarget(String capability, String target) {
        await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().queryParam("asOf", "2026-01-01").get("/opportunities/{capability}", capability).then()
                        .statusCode(200).body("targetDate", equalTo(target)));
    }
}
