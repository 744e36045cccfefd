package org.buyonce.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The JSON Schemas of the event data, documented once here and checked by the tests of every producer and consumer.
 * Validation needs {@code com.networknt:json-schema-validator} on the classpath (a test dependency; services do not
 * validate at run time, they parse with the records).
 */
public enum EventSchemas {

    CONTRACT_RENEWAL_STATE("contract-renewal-state.schema.json", "https://buyonce.org/schemas/contract-renewal-state.v1.json"),
    ASSET_LIFECYCLE_STATE("asset-lifecycle-state.schema.json", "https://buyonce.org/schemas/asset-lifecycle-state.v1.json"),
    CAPABILITY_STATE("capability-state.schema.json", "https://buyonce.org/schemas/capability-state.v1.json");

    private final String resource;
    private final String uri;

    EventSchemas(String resource, String uri) {
        this.resource = resource;
        this.uri = uri;
    }

    /** The schema's {@code $id}, sent as the CloudEvents {@code dataschema}. */
    public String uri() {
        return uri;
    }

    /** The schema's file name, beside the AsyncAPI document. */
    public String file() {
        return resource;
    }

    /** The schema of a topic's event data. */
    public static Optional<EventSchemas> ofTopic(String topic) {
        return switch (topic) {
            case Topics.CONTRACT_RENEWALS -> Optional.of(CONTRACT_RENEWAL_STATE);
            case Topics.ASSET_LIFECYCLE -> Optional.of(ASSET_LIFECYCLE_STATE);
            case Topics.CAPABILITIES -> Optional.of(CAPABILITY_STATE);
            default -> Optional.empty();
        };
    }

    public InputStream open() {
        InputStream in = EventSchemas.class.getResourceAsStream("schemas/" + resource);
        if (in == null) {
            throw new IllegalStateException("schema resource missing: " + resource);
        }
        return in;
    }

    /** Every violation of this schema by the given JSON document; empty when it conforms. */
    public List<String> violations(String json) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = open()) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            JsonNode document = new ObjectMapper().readTree(json);
            return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
