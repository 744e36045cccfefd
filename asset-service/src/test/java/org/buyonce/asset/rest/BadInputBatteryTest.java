package org.buyonce.asset.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.buyonce.asset.AssetJson;
import org.buyonce.asset.Catalogue;
import org.buyonce.asset.api.RequestExamples;
import org.buyonce.testing.BadInputBattery;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
 * The bad-input battery of asset-service (src/test/resources/bad-input.txt): every case gets its 4xx as problem+json
 * naming the field (or, for a file, the column), and not one row the API writes changes.
 */
@QuarkusTest
class BadInputBatteryTest {

    private static final String ASSET = RequestExamples.ASSET.replace("SCDC-FAC-0012", "SCDC-BATTERY-1");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource database;

    @Test
    void everyBadInputIsRefusedAsAProblemThatNamesTheFieldAndWritesNothing() {
        Catalogue.ensurePublished(bootstrapServers);
        String asset = AssetJson.create(AssetJson.valid());
        List<BadInputBattery.Case> cases = BadInputBattery.load("bad-input.txt", Map.of(
                "POST /assets", ASSET,
                "PUT /assets/{id}", ASSET));

        assertThat(cases.size()).as("cases in the table").isGreaterThanOrEqualTo(140);

        List<BadInputBattery.Outcome> outcomes = BadInputBattery.runTwice("asset-service", cases, Map.of("asset", asset),
                this::fingerprint, path -> given().get(path.replaceAll("^(/assets/[^/]+).*", "$1")).header("ETag"));
        assertThat(outcomes.stream().flatMap(o -> o.deviations().stream()).toList()).isEmpty();
    }

    /**
     * Every row the API writes: the register (by count, versions and last update, as every write bumps the version
     * and the time: the import tests leave 100,000 rows, too many to checksum hundreds of times), and the events it
     * has ever put in the outbox (the relay deletes them once published, so the outbox's own rows come and go).
     */
    private String fingerprint() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        SELECT (SELECT count(*) || '/' || coalesce(sum(version), 0) || '/' || coalesce(max(updated_at)::text, '') FROM asset)
                            || (SELECT coalesce(last_value, 0) FROM pg_sequences WHERE sequencename = 'outbox_event_sequence_seq')""")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
