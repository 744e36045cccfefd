package org.buyonce.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The AsyncAPI document of the event contract ({@code asyncapi.yaml}, beside the JSON Schemas), and a check of a
 * Kafka record against it: the channel whose address is the record's topic must have a message whose headers schema
 * accepts the record's headers and whose payload schema accepts its value (a tombstone's is null). For tests, like
 * {@link EventSchemas}: needs json-schema-validator and jackson-dataformat-yaml on the classpath.
 */
public final class AsyncApiContract {

    public static final String RESOURCE = "asyncapi.yaml";

    private final JsonNode document;

    private AsyncApiContract(JsonNode document) {
        this.document = document;
    }

    public static AsyncApiContract load() {
        try (InputStream in = AsyncApiContract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE);
            }
            return new AsyncApiContract(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The AsyncAPI version the document follows, e.g. {@code 3.0.0}. */
    public String version() {
        return document.path("asyncapi").asText();
    }

    /** Every topic address the document declares. */
    public List<String> topics() {
        List<String> topics = new ArrayList<>();
        document.path("channels").forEach(channel -> topics.add(channel.path("address").asText()));
        return topics;
    }

    /** Why no message of the topic's channel accepts the record; empty when one does. */
    public List<String> violations(String topic, Map<String, String> headers, byte[] value) {
        JsonNode channel = channel(topic);
        if (channel == null) {
            return List.of("no channel has the address " + topic);
        }
        List<String> rejections = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> messages = channel.path("messages").fields();
        while (messages.hasNext()) {
            Map.Entry<String, JsonNode> entry = messages.next();
            JsonNode message = resolve(entry.getValue());
            List<String> wrong = new ArrayList<>(validate(message.path("headers"), headersOf(headers), "headers"));
            wrong.addAll(payloadViolations(message.path("payload"), value));
            if (wrong.isEmpty()) {
                return List.of();
            }
            rejections.add(entry.getKey() + ": " + String.join("; ", wrong));
        }
        return rejections;
    }

    private List<String> payloadViolations(JsonNode payload, byte[] value) {
        JsonNode schema = payload.has("schemaFormat") ? payload.path("schema") : payload;
        if ("null".equals(schema.path("type").asText())) {
            return value == null ? List.of() : List.of("payload: a tombstone has no value");
        }
        if (value == null) {
            return List.of("payload: null where data is expected");
        }
        String file = schema.path("$ref").asText();
        if (!file.startsWith("./schemas/")) {
            return List.of();
        }
        for (EventSchemas known : EventSchemas.values()) {
            if (file.endsWith("/" + known.file())) {
                return known.violations(new String(value, StandardCharsets.UTF_8)).stream().map(v -> "payload: " + v).toList();
            }
        }
        return List.of("payload: no schema " + file + " in the contract");
    }

    private List<String> validate(JsonNode schema, JsonNode instance, String what) {
        if (schema.isMissingNode()) {
            return List.of();
        }
        JsonNode inlined = inline(schema, 0);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(inlined).validate(instance).stream()
                .map(ValidationMessage::getMessage).map(m -> what + ": " + m).sorted().toList();
    }

    /** The schema with every reference into the document replaced by what it refers to. */
    private JsonNode inline(JsonNode schema, int depth) {
        if (depth > 16) {
            throw new IllegalStateException("references nest too deeply in " + RESOURCE);
        }
        JsonNode resolved = resolve(schema);
        if (resolved.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            resolved.fields().forEachRemaining(field -> copy.set(field.getKey(), inline(field.getValue(), depth + 1)));
            return copy;
        }
        if (resolved.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            resolved.forEach(item -> copy.add(inline(item, depth + 1)));
            return copy;
        }
        return resolved;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref") && resolved.get("$ref").asText().startsWith("#/")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    private JsonNode channel(String topic) {
        for (JsonNode channel : document.path("channels")) {
            if (topic.equals(channel.path("address").asText())) {
                return channel;
            }
        }
        return null;
    }

    private static JsonNode headersOf(Map<String, String> headers) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        headers.forEach(object::put);
        return object;
    }
}
