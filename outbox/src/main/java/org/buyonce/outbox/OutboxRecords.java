package org.buyonce.outbox;

import io.opentelemetry.context.Context;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.buyonce.commons.tracing.EventTracing;
import org.buyonce.events.CloudEventHeaders;

import java.nio.charset.StandardCharsets;

/** An outbox row as a Kafka record: CloudEvents 1.0 in binary mode, keyed by the aggregate id. */
final class OutboxRecords {

    private OutboxRecords() {
    }

    /** The record of an event, carrying the trace context of its publish span. */
    static ProducerRecord<String, byte[]> toRecord(OutboxEvent event, String source, Context span) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, event.id.toString());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, event.type);
        header(headers, CloudEventHeaders.SUBJECT, event.aggregateId);
        header(headers, CloudEventHeaders.TIME, event.createdAt.toString());
        EventTracing.inject(span, headers);
        byte[] value = null;
        if (event.payload != null) {
            header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            if (event.dataSchema != null) {
                header(headers, CloudEventHeaders.DATA_SCHEMA, event.dataSchema);
            }
            value = event.payload.getBytes(StandardCharsets.UTF_8);
        }
        return new ProducerRecord<>(event.aggregateType, null, event.aggregateId, value, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
