package org.buyonce.k8s.schema;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.buyonce.k8s.render.K8sObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CloudNativePG's {@code Cluster}, checked by a JSON Schema transcribed from its v1 API reference
 * ({@code schemas/cnpg-cluster-v1.json}): CloudNativePG publishes no Java model on Maven Central.
 */
final class CloudNativePgSchema implements Schema {

    private final JsonSchema cluster = load("schemas/cnpg-cluster-v1.json");

    @Override
    public boolean covers(K8sObject object) {
        return object.group().equals("postgresql.cnpg.io");
    }

    @Override
    public List<String> violations(K8sObject object) {
        if (!object.is("Cluster")) {
            return List.of(object.ref() + ": no CloudNativePG schema for " + object.kind());
        }
        return cluster.validate(object.json()).stream()
                .map(ValidationMessage::getMessage).sorted().map(message -> object.ref() + ": " + message).toList();
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = CloudNativePgSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + resource);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
