package org.buyonce.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.buyonce.events.AssetEventType;
import org.buyonce.events.AssetLifecycleState;
import org.buyonce.events.AsyncApiContract;
import org.buyonce.events.CapabilityEventType;
import org.buyonce.events.CapabilityState;
import org.buyonce.events.CloudEventHeaders;
import org.buyonce.events.ContractEventType;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.EventJson;
import org.buyonce.events.EventSchemas;
import org.buyonce.events.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Publishes events as the producing services do (CloudEvents binary mode, keyed by id), for the tests of consumers.
 * Every event is checked against its JSON Schema first: consumers are tested against the contract, not a guess.
 */
public final class EventProducer implements AutoCloseable {

    private static final AsyncApiContract CONTRACT = AsyncApiContract.load();
    private static final String CONTRACT_SERVICE = "urn:buyonce:contract-service";
    private static final String ASSET_SERVICE = "urn:buyonce:asset-service";

    private final KafkaProducer<String, byte[]> producer;

    public EventProducer(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0, // as the outbox relay: each event sent at once (Kafka 4 waits 5 ms by default)
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    public void contract(ContractRenewalState state) {
        send(Topics.CONTRACT_RENEWALS, state.id().toString(), ContractEventType.CHANGED.cloudEventType(), CONTRACT_SERVICE,
                EventJson.write(state));
    }

    public void asset(AssetLifecycleState state) {
        send(Topics.ASSET_LIFECYCLE, state.id().toString(), AssetEventType.CHANGED.cloudEventType(), ASSET_SERVICE,
                EventJson.write(state));
    }

    public void capability(CapabilityState state) {
        send(Topics.CAPABILITIES, state.code(), CapabilityEventType.ANNOUNCED.cloudEventType(), CONTRACT_SERVICE,
                EventJson.write(state));
    }

    /** A deletion, as the topic's producer publishes it. */
    public void tombstone(String topic, UUID id) {
        boolean asset = topic.equals(Topics.ASSET_LIFECYCLE);
        send(topic, id.toString(), asset ? AssetEventType.DELETED.cloudEventType() : ContractEventType.DELETED.cloudEventType(),
                asset ? ASSET_SERVICE : CONTRACT_SERVICE, null);
    }

    /** Anything at all, e.g. a poison message: not checked against the contract. */
    public void raw(String topic, String key, String value) {
        publish(topic, key, headers(topic, key, "org.buyonce.unknown.v1", "urn:buyonce:test", value != null),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** Publishes what the real producer would, after checking it against the AsyncAPI document and the data's schema. */
    private void send(String topic, String key, String type, String source, String json) {
        RecordHeaders headers = headers(topic, key, type, source, json != null);
        byte[] value = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
        Map<String, String> asText = new LinkedHashMap<>();
        headers.forEach(h -> asText.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        List<String> violations = CONTRACT.violations(topic, asText, value);
        if (!violations.isEmpty()) {
            throw new AssertionError("event breaks the event contract: " + violations);
        }
        publish(topic, key, headers, value);
    }

    private static RecordHeaders headers(String topic, String key, String type, String source, boolean hasData) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
        headers.add(CloudEventHeaders.ID, bytes(UUID.randomUUID().toString()));
        headers.add(CloudEventHeaders.SOURCE, bytes(source));
        headers.add(CloudEventHeaders.TYPE, bytes(type));
        headers.add(CloudEventHeaders.SUBJECT, bytes(key));
        headers.add(CloudEventHeaders.TIME, bytes(Instant.now().toString()));
        if (hasData) {
            headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
            EventSchemas.ofTopic(topic).ifPresent(schema -> headers.add(CloudEventHeaders.DATA_SCHEMA, bytes(schema.uri())));
        }
        return headers;
    }

    private void publish(String topic, String key, RecordHeaders headers, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
