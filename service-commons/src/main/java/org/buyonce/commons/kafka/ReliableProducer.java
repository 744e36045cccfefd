package org.buyonce.commons.kafka;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;

/**
 * The settings of every producer BuyOnce runs (the outbox relay, the dead-letter sender): records keyed by a string
 * id with raw bytes as value, acknowledged by every in-sync replica, never duplicated by a retry.
 */
public final class ReliableProducer {

    private ReliableProducer() {
    }

    /** The producer properties; {@code extra} (an operator's TLS settings, say) is applied last. */
    public static Map<String, Object> properties(String bootstrapServers, String clientId, Map<String, String> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.putAll(extra);
        return properties;
    }
}
