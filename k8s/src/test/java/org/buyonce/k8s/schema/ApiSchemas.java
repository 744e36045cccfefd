package org.buyonce.k8s.schema;

import org.buyonce.k8s.render.K8sObject;

import java.util.ArrayList;
import java.util.List;

/** Every kind the manifests use, each checked against its schema; a kind no schema covers is itself a violation. */
public final class ApiSchemas {

    private static final List<Schema> SCHEMAS = List.of(new KubernetesSchema(), new StrimziSchema(), new CloudNativePgSchema(),
            new PrometheusOperatorSchema());

    private ApiSchemas() {
    }

    public static List<String> violations(List<K8sObject> objects) {
        List<String> violations = new ArrayList<>();
        for (K8sObject object : objects) {
            SCHEMAS.stream().filter(schema -> schema.covers(object)).findFirst().ifPresentOrElse(
                    schema -> violations.addAll(schema.violations(object)),
                    () -> violations.add(object.ref() + ": no schema for " + object.apiVersion() + " " + object.kind()));
        }
        return violations;
    }
}
