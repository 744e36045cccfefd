package org.buyonce.k8s.schema;

import com.networknt.schema.JsonSchema;
import org.buyonce.k8s.render.K8sObject;

import java.util.List;

/**
 * CloudNativePG's {@code Cluster}, checked by a JSON Schema transcribed from its v1 API reference
 * ({@code schemas/cnpg-cluster-v1.json}): CloudNativePG publishes no Java model on Maven Central.
 */
final class CloudNativePgSchema implements Schema {

    private final JsonSchema cluster = TranscribedSchemas.schema(TranscribedSchemas.read("schemas/cnpg-cluster-v1.json"));

    @Override
    public boolean covers(K8sObject object) {
        return object.group().equals("postgresql.cnpg.io");
    }

    @Override
    public List<String> violations(K8sObject object) {
        if (!object.is("Cluster")) {
            return List.of(object.ref() + ": no CloudNativePG schema for " + object.kind());
        }
        return TranscribedSchemas.violations(cluster, object);
    }
}
