package org.buyonce.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One golden sample per topic: it conforms to the topic's schema and reads into its record and back without loss. */
class GoldenSamplesTest {

    private static final ObjectMapper TREE = new ObjectMapper();

    static Stream<Arguments> topics() {
        return Stream.of(
                Arguments.of(Topics.CONTRACT_RENEWALS, EventSchemas.CONTRACT_RENEWAL_STATE, "contract-renewal-state.json", ContractRenewalState.class),
                Arguments.of(Topics.ASSET_LIFECYCLE, EventSchemas.ASSET_LIFECYCLE_STATE, "asset-lifecycle-state.json", AssetLifecycleState.class),
                Arguments.of(Topics.CAPABILITIES, EventSchemas.CAPABILITY_STATE, "capability-state.json", CapabilityState.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void goldenSampleConformsToItsSchema(String topic, EventSchemas schema, String sample, Class<?> type) throws IOException {
        assertThat(schema.violations(golden(sample))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void goldenSampleRoundTripsWithoutLoss(String topic, EventSchemas schema, String sample, Class<?> type) throws IOException {
        Object state = EventJson.read(golden(sample).getBytes(StandardCharsets.UTF_8), type);

        assertThat(TREE.readTree(EventJson.write(state))).isEqualTo(TREE.readTree(golden(sample)));
    }

    static String golden(String sample) throws IOException {
        try (InputStream in = GoldenSamplesTest.class.getResourceAsStream("/samples/" + sample)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
