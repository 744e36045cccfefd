package org.buyonce.k8s.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.buyonce.k8s.render.K8sObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON Schemas transcribed from an operator's API reference (test resources, draft 2020-12), and their use. */
final class TranscribedSchemas {

    private TranscribedSchemas() {
    }

    static JsonNode read(String resource) {
        try (InputStream in = TranscribedSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonSchema schema(JsonNode document) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(document);
    }

    /** What the schema rejects in the object, each line naming the object. */
    static List<String> violations(JsonSchema schema, K8sObject object) {
        return schema.validate(object.json()).stream()
                .map(ValidationMessage::getMessage).sorted().map(message -> object.ref() + ": " + message).toList();
    }
}
