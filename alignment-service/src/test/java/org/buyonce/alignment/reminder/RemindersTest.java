package org.buyonce.alignment.reminder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.buyonce.alignment.TestClock;
import org.buyonce.alignment.repository.ProjectionRepository;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.infra.EmbeddedMailServer;
import org.buyonce.testing.EventProducer;
import org.buyonce.testing.InjectMailServer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.buyonce.alignment.ContractEvents.capability;
import static org.buyonce.alignment.ContractEvents.fixed;
import static org.buyonce.alignment.ContractEvents.nextVersion;
import static org.buyonce.alignment.ContractEvents.withOwner;
import static org.hamcrest.Matchers.equalTo;

/** Reminders by email, through a real SMTP server and read back (DESIGN.md, "Reminders by email"). */
@QuarkusTest
class RemindersTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TestClock clock;

    @Inject
    Reminders reminders;

    @Inject
    ProjectionRepository projections;

    @InjectMailServer
    EmbeddedMailServer mail;

    @AfterEach
    void realTimeAndServerBack() {
        clock.reset();
        mail.start();
    }

    /** A contract of a new capability whose notice deadline is 2027-03-30 (end 2027-06-30 less 3 months), owned by a new person. */
    private ContractRenewalState owned(String council, String owner) {
        ContractRenewalState contract = withOwner(fixed(UUID.randomUUID(), 0, council, capability("hosting"), "2027-06-30", "50000", 12),
                "Priya Shah", owner);
        send(contract);
        return contract;
    }

    private void send(ContractRenewalState contract) {
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(contract);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                projections.contracts(List.of(contract.id())).stream().anyMatch(p -> p.version == contract.version())));
    }

    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mail.received()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }

    @Test
    void anOwnerIsRemindedNinetyThirtyAndSevenDaysBeforeAndOnceOverdueEachOnlyOnce() throws Exception {
        clock.setToday(LocalDate.of(2026, 12, 1)); // the deadline is 119 days away
        String owner = "owner-" + UUID.randomUUID() + "@cam.buyonce.test";
        owned("CAM", owner);

        reminders.remindOwners();
        assertThat(to(owner)).isEmpty();

        for (LocalDate day : List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 24), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 20))) {
            clock.setToday(day);
            reminders.remindOwners();
            reminders.remindOwners(); // a second run, or a restart: nothing more
        }

        List<MimeMessage> received = to(owner);
        assertThat(received).extracting(MimeMessage::getSubject).containsExactly(
                subject(received, 0, "due in 88 days, by 2027-03-30"), subject(received, 1, "due in 29 days, by 2027-03-30"),
                subject(received, 2, "due in 6 days, by 2027-03-30"), subject(received, 3, "overdue since 2027-03-30"));
        String text = part(received.get(1), "text/plain");
        assertThat(text).contains("Dear Priya Shah,").contains("Exercise the next extension option (12 months) or let it end on 2027-06-30")
                .contains("http://localhost:8083/dashboard?council=CAM");
        String html = part(received.get(1), "text/html");
        assertThat(html).contains("<strong>Exercise the next extension option (12 months) or let it end on 2027-06-30</strong>")
                .doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("<link");
    }

    private static String subject(List<MimeMessage> received, int i, String expected) throws Exception {
        String subject = received.get(i).getSubject();
        assertThat(subject).startsWith("BuyOnce reminder: CAM-").endsWith(expected);
        return subject;
    }

    @Test
    void noReminderForADeadlinePassedWhenRecordedNorToAnOwnerRemoved() throws Exception {
        clock.setToday(LocalDate.of(2027, 4, 5)); // recorded after its notice deadline of 2027-03-30
        String late = "late-" + UUID.randomUUID() + "@cam.buyonce.test";
        owned("CAM", late);
        reminders.remindOwners();
        assertThat(to(late)).isEmpty();

        clock.setToday(LocalDate.of(2027, 3, 1));
        String removed = "removed-" + UUID.randomUUID() + "@cam.buyonce.test";
        ContractRenewalState contract = owned("CAM", removed);
        remindUntilReceived(removed, 1);
        assertThat(to(removed)).hasSize(1);
        send(withOwner(nextVersion(contract), null, null));
        clock.setToday(LocalDate.of(2027, 3, 24));
        reminders.remindOwners();
        assertThat(to(removed)).hasSize(1);
    }

    @Test
    void twoInstancesOnOneDatabaseSendEachReminderOnce() throws Exception {
        clock.setToday(LocalDate.of(2027, 3, 1));
        String owner = "twice-" + UUID.randomUUID() + "@hdc.buyonce.test";
        owned("HDC", owner);

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(reminders::remindOwners);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(reminders::remindOwners);
        one.get();
        two.get();

        assertThat(to(owner)).hasSize(1);
    }

    @Test
    void aReminderTheSmtpServerDidNotTakeIsSentOnTheNextRun() throws Exception {
        clock.setToday(LocalDate.of(2027, 3, 1));
        String owner = "down-" + UUID.randomUUID() + "@cam.buyonce.test";
        owned("CAM", owner);
        double failedBefore = failures();

        mail.stop();
        reminders.remindOwners();
        assertThat(failures()).isGreaterThan(failedBefore);
        mail.start();
        remindUntilReceived(owner, 1); // as the hourly runs would: a message the server did not take is sent again

        assertThat(to(owner)).hasSize(1);
    }

    @Test
    void anAdminSendsACouncilsDigestNowWithTextAndHtmlAndNothingOfAnotherCouncil() throws Exception {
        clock.setToday(LocalDate.of(2027, 3, 1));
        ContractRenewalState cam = owned("CAM", "digest-" + UUID.randomUUID() + "@cam.buyonce.test");
        ContractRenewalState hdc = owned("HDC", "digest-" + UUID.randomUUID() + "@hdc.buyonce.test");
        int before = to("procurement@cam.buyonce.test").size();

        await().atMost(Duration.ofSeconds(90)).until(() -> // a 503 (the server did not take it) is asked again
                given().queryParam("council", "CAM").post("/reminders/digest").then().extract().statusCode() != 503);
        given().queryParam("council", "CAM").post("/reminders/digest").then().statusCode(200)
                .body("council", equalTo("CAM")).body("sentTo", equalTo("procurement@cam.buyonce.test"));

        List<MimeMessage> digests = to("procurement@cam.buyonce.test");
        assertThat(digests).hasSizeGreaterThanOrEqualTo(before + 1);
        MimeMessage digest = digests.get(digests.size() - 1);
        assertThat(digest.getSubject()).startsWith("BuyOnce weekly digest for CAM: ");
        String text = part(digest, "text/plain");
        assertThat(text).contains("2027-03-30 (in 29 days) " + cam.capability() + ", " + cam.reference()
                + ": Exercise the next extension option (12 months) or let it end on 2027-06-30").doesNotContain(hdc.reference());
        String html = part(digest, "text/html");
        assertThat(html).contains("<td>" + cam.reference() + "</td>").doesNotContain(hdc.reference()).doesNotContain("<script")
                .contains("style=");

        given().queryParam("council", "SCDC").post("/reminders/digest").then().statusCode(409);
        given().queryParam("council", "XYZ").post("/reminders/digest").then().statusCode(400);
        given().post("/reminders/digest").then().statusCode(400);
    }

    @Test
    void aDigestListsEveryPlanAwaitingTheCouncilsApprovalHoweverFarOffItsProcurementStarts() throws Exception {
        clock.setToday(LocalDate.of(2027, 3, 1));
        String capability = capability("finance");
        try (EventProducer events = new EventProducer(bootstrapServers)) {
            events.contract(fixed(UUID.randomUUID(), 0, "CAM", capability, "2029-03-31", "10000"));
            events.contract(fixed(UUID.randomUUID(), 0, "HDC", capability, "2029-03-31", "20000"));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().queryParam("asOf", "2027-03-01").get("/opportunities/{c}", capability).then().statusCode(200));
        given().contentType("application/json").body(java.util.Map.of("capability", capability, "asOf", "2027-03-01")).post("/plans")
                .then().statusCode(201).body("procurementStart", equalTo("2028-06-30"));

        given().queryParam("council", "HDC").post("/reminders/digest").then().statusCode(200)
                .body("items.find { it.capability == '" + capability + "' }.what",
                        equalTo("Approve the joint " + capability + " plan before procurement starts"))
                .body("items.find { it.capability == '" + capability + "' }.date", equalTo("2028-06-30"));
    }

    /** Runs the check until the owner has that many messages (a run the SMTP server fails is followed by another, as hourly). */
    private void remindUntilReceived(String owner, int count) {
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            reminders.remindOwners();
            return to(owner).size() >= count;
        });
    }

    private double failures() {
        return given().get("/q/metrics").then().extract().asString().lines()
                .filter(line -> line.startsWith("buyonce_reminders_failed_total{") && line.contains("kind=\"owner\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static String part(MimeMessage message, String type) throws Exception {
        return find((MimeMultipart) message.getContent(), type);
    }

    private static String find(MimeMultipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof MimeMultipart inner) {
                String found = find(inner, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
