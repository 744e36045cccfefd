package org.buyonce.contract.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.buyonce.contract.ContractJson;
import org.buyonce.contract.api.RequestExamples;
import org.buyonce.testing.BadInputBattery;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input battery of contract-service (src/test/resources/bad-input.txt): every case gets its 4xx as
 * problem+json naming the field, and not one row the API writes changes.
 */
@QuarkusTest
class BadInputBatteryTest {

    private static final String CONTRACT = RequestExamples.CONTRACT.replace("SCDC-ICT-017", "SCDC-BATTERY-1");
    private static final String PUBLICATION = """
            {"type": "UK7", "publishedOn": "2026-03-09", "noticeId": "2026/S 000-012345"}""";

    @Inject
    AgroalDataSource database;

    @Test
    void everyBadInputIsRefusedAsAProblemThatNamesTheFieldAndWritesNothing() {
        String contract = ContractJson.create(ContractJson.valid());
        List<BadInputBattery.Case> cases = BadInputBattery.load("bad-input.txt", Map.of(
                "POST /contracts", CONTRACT,
                "PUT /contracts/{id}", CONTRACT,
                "POST /contracts/{id}/terminate", RequestExamples.TERMINATION,
                "POST /capabilities", RequestExamples.CAPABILITY,
                "POST /calendar-links", RequestExamples.CALENDAR_LINK,
                "POST /contracts/{id}/notices", PUBLICATION));

        assertThat(cases.size()).as("cases in the table").isGreaterThanOrEqualTo(240);

        List<BadInputBattery.Outcome> outcomes = BadInputBattery.runTwice("contract-service", cases, Map.of("contract", contract),
                this::fingerprint, path -> given().get(path.replaceAll("^(/contracts/[^/]+).*", "$1")).header("ETag"));
        assertThat(outcomes.stream().flatMap(o -> o.deviations().stream()).toList()).isEmpty();
        given().get("/contracts/{id}", contract).then().statusCode(200).header("ETag", "\"0\"");
    }

    /**
     * Every row the API writes: contracts, their audit trail, the catalogue, secret links, notices published and
     * modifications recorded, and the events it has ever put in the outbox (the relay deletes them once published, so
     * the outbox's own rows come and go).
     */
    private String fingerprint() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        SELECT (SELECT md5(coalesce(string_agg(c::text, '|' ORDER BY c.id), '')) FROM contract c)
                            || (SELECT count(*) FROM contract_aud) || '/' || (SELECT count(*) FROM audit_revision)
                            || (SELECT md5(coalesce(string_agg(k::text, '|' ORDER BY k.code), '')) FROM capability k)
                            || (SELECT coalesce(last_value, 0) FROM pg_sequences WHERE sequencename = 'outbox_event_sequence_seq')
                            || '/' || (SELECT count(*) FROM secret_link) || '/' || (SELECT count(*) FROM contract_notice)
                            || '/' || (SELECT count(*) FROM contract_modification)""")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
