package org.buyonce.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document describes every topic, and tells a record that keeps the contract from one that does not. */
class AsyncApiContractTest {

    private static final AsyncApiContract CONTRACT = AsyncApiContract.load();

    @Test
    void theDocumentIsAsyncApi3AndCoversEveryTopicAndTheDeadLetters() {
        assertThat(CONTRACT.version()).isEqualTo("3.0.0");
        assertThat(CONTRACT.topics()).contains(Topics.CONTRACT_RENEWALS, Topics.ASSET_LIFECYCLE, Topics.CAPABILITIES,
                "asset-service.dlq", "alignment-service.dlq");
    }

    @Test
    void aContractEventAsTheRelayPublishesItKeepsTheContract() throws IOException {
        assertThat(CONTRACT.violations(Topics.CONTRACT_RENEWALS, contractHeaders(), golden("contract-renewal-state.json"))).isEmpty();
    }

    @Test
    void aTombstoneKeepsTheContractWithoutDataOrDataSchema() {
        Map<String, String> headers = contractHeaders();
        headers.remove(CloudEventHeaders.CONTENT_TYPE);
        headers.remove(CloudEventHeaders.DATA_SCHEMA);
        headers.put(CloudEventHeaders.TYPE, "org.buyonce.contract.deleted.v1");

        assertThat(CONTRACT.violations(Topics.CONTRACT_RENEWALS, headers, null)).isEmpty();
    }

    @Test
    void anEventWithAnUnknownTypeMissingItsDataSchemaOrWithBadDataBreaksTheContract() throws IOException {
        Map<String, String> unknownType = contractHeaders();
        unknownType.put(CloudEventHeaders.TYPE, "org.buyonce.contract.paused.v1");
        Map<String, String> noSchema = contractHeaders();
        noSchema.remove(CloudEventHeaders.DATA_SCHEMA);
        byte[] badData = new String(golden("contract-renewal-state.json"), StandardCharsets.UTF_8)
                .replace("\"ACTIVE\"", "\"PAUSED\"").getBytes(StandardCharsets.UTF_8);

        assertThat(CONTRACT.violations(Topics.CONTRACT_RENEWALS, unknownType, golden("contract-renewal-state.json"))).isNotEmpty();
        assertThat(CONTRACT.violations(Topics.CONTRACT_RENEWALS, noSchema, golden("contract-renewal-state.json"))).isNotEmpty();
        assertThat(CONTRACT.violations(Topics.CONTRACT_RENEWALS, contractHeaders(), badData)).isNotEmpty();
        assertThat(CONTRACT.violations("no-such-topic", contractHeaders(), null)).containsExactly("no channel has the address no-such-topic");
    }

    private static Map<String, String> contractHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, "0b7c3e0a-31a4-4f3e-9d3e-1f2b6c7d8e9f");
        headers.put(CloudEventHeaders.SOURCE, "urn:buyonce:contract-service");
        headers.put(CloudEventHeaders.TYPE, ContractEventType.OPTION_EXERCISED.cloudEventType());
        headers.put(CloudEventHeaders.SUBJECT, "5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10");
        headers.put(CloudEventHeaders.TIME, "2026-11-22T09:30:00Z");
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        headers.put(CloudEventHeaders.DATA_SCHEMA, EventSchemas.CONTRACT_RENEWAL_STATE.uri());
        return headers;
    }

    private static byte[] golden(String sample) throws IOException {
        return GoldenSamplesTest.golden(sample).getBytes(StandardCharsets.UTF_8);
    }
}
