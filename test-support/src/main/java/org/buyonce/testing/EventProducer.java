package org.buyonce.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.buyonce.events.AssetEventType;
import org.buyonce.events.AssetLifecycleState;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Publishes events as the producing services do (CloudEvents binary mode, keyed by id), for the tests of consumers.
 * Every event is checked against its JSON Schema first: consumers are tested against the contract, not a guess.
 */
public final class EventProducer implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public EventProducer(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    public void contract(ContractRenewalState state) {
        send(Topics.CONTRACT_RENEWALS, state.id().toString(), ContractEventType.CHANGED.cloudEventType(),
                checked(EventSchemas.CONTRACT_RENEWAL_STATE, EventJson.write(state)));
    }

    public void asset(AssetLifecycleState state) {
        send(Topics.ASSET_LIFECYCLE, state.id().toString(), AssetEventType.CHANGED.cloudEventType(),
                checked(EventSchemas.ASSET_LIFECYCLE_STATE, EventJson.write(state)));
    }

    public void capability(CapabilityState state) {
        send(Topics.CAPABILITIES, state.code(), CapabilityEventType.ANNOUNCED.cloudEventType(),
                checked(EventSchemas.CAPABILITY_STATE, EventJson.write(state)));
    }

    /** A deletion, as the topic's producer publishes it. */
    public void tombstone(String topic, UUID id) {
        String type = topic.equals(Topics.ASSET_LIFECYCLE) ? AssetEventType.DELETED.cloudEventType()
                : ContractEventType.DELETED.cloudEventType();
        send(topic, id.toString(), type, null);
    }

    /** Anything at all, e.g. a poison message. */
    public void raw(String topic, String key, String value) {
        send(topic, key, "org.buyonce.unknown.v1", value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private void send(String topic, String key, String type, byte[] value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
        headers.add(CloudEventHeaders.ID, bytes(UUID.randomUUID().toString()));
        headers.add(CloudEventHeaders.SOURCE, bytes("urn:buyonce:test"));
        headers.add(CloudEventHeaders.TYPE, bytes(type));
        headers.add(CloudEventHeaders.SUBJECT, bytes(key));
        headers.add(CloudEventHeaders.TIME, bytes(Instant.now().toString()));
        if (value != null) {
            headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        }
        try {
            producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    private static byte[] checked(EventSchemas schema, String json) {
        List<String> violations = schema.violations(json);
        if (!violations.isEmpty()) {
            throw new AssertionError("event breaks the contract " + schema + ": " + violations);
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
