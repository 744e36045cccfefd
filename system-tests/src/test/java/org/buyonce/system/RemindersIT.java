package org.buyonce.system;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.buyonce.infra.ServiceProcess;
import org.buyonce.testing.system.BuyOnceSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two replicas of alignment-service on one database, each checking every second, send an owner's reminder once. */
class RemindersIT {

    private static BuyOnceSystem system;

    @BeforeAll
    static void start() {
        system = BuyOnceSystem.get();
    }

    @Test
    void twoReplicasOnOneDatabaseSendEachReminderOnce() throws Exception {
        ServiceProcess replica = system.startReplica("alignment-service");
        try {
            String owner = "owner-" + UUID.randomUUID() + "@cam.buyonce.test";
            // Its notice deadline (end less 3 months) is 20 days ahead: the 30-day reminder is due now.
            LocalDate end = LocalDate.now().plusDays(20).plusMonths(3);
            Map<String, Object> contract = new LinkedHashMap<>();
            contract.put("council", "CAM");
            contract.put("reference", "R-" + UUID.randomUUID());
            contract.put("title", "Reminded contract");
            contract.put("supplier", Map.of("name", "Supplier Ltd"));
            contract.put("capability", "hosting");
            contract.put("startDate", "2024-04-01");
            contract.put("endDate", end.toString());
            contract.put("noticePeriodMonths", 3);
            contract.put("renewalType", "FIXED");
            contract.put("annualValue", 10000);
            contract.put("owner", Map.of("name", "Priya Shah", "email", owner));
            given().baseUri(system.contracts()).contentType("application/json").body(contract)
                    .post("/contracts").then().statusCode(201);

            await().atMost(Duration.ofSeconds(60)).until(() -> to(owner).size() == 1);
            Thread.sleep(5000); // five more checks by each replica

            List<MimeMessage> received = to(owner);
            assertThat(received).hasSize(1);
            assertThat(received.get(0).getSubject()).startsWith("BuyOnce reminder: R-").contains("due in ");
            System.out.printf("reminders: two replicas checking every second for 5 s sent the reminder %d time(s)%n", received.size());
        } finally {
            replica.stop(Duration.ofSeconds(20));
        }
    }

    private static List<MimeMessage> to(String address) throws Exception {
        return system.mail().received().stream().filter(message -> {
            try {
                return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
