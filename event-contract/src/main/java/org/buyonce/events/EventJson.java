package org.buyonce.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;

/**
 * The one JSON encoding of event data, independent of any service's HTTP JSON settings so that the wire format
 * cannot drift: ISO-8601 dates, money as plain decimal numbers, unknown fields ignored (fields may be added).
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private EventJson() {
    }

    public static String write(Object data) {
        try {
            return MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads event data, failing with {@link UnreadableEventException} for anything that is not a valid event. */
    public static <T> T read(byte[] json, Class<T> type) {
        if (json == null) {
            throw new UnreadableEventException("no data");
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException | RuntimeException e) {
            Throwable cause = e.getCause() != null && e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException
                    ? e.getCause() : e;
            throw new UnreadableEventException(type.getSimpleName() + " unreadable: " + cause.getMessage(), e);
        }
    }
}
