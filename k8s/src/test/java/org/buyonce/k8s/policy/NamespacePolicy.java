package org.buyonce.k8s.policy;

import org.buyonce.k8s.render.K8sObject;
import org.buyonce.k8s.render.Manifests;

import java.util.ArrayList;
import java.util.List;

/** One namespace holds everything, and it enforces the restricted Pod Security Standard on every pod. */
final class NamespacePolicy implements Policy {

    @Override
    public List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        List<K8sObject> namespaces = manifests.ofKind("Namespace");
        if (namespaces.size() != 1) {
            return List.of("expected one Namespace, found " + namespaces.size());
        }
        K8sObject namespace = namespaces.get(0);
        if (!"restricted".equals(namespace.labels("/metadata/labels").get("pod-security.kubernetes.io/enforce"))) {
            violations.add(namespace.ref() + ": not labelled pod-security.kubernetes.io/enforce=restricted");
        }
        for (K8sObject object : manifests.objects()) {
            if (object != namespace && !namespace.name().equals(object.namespace())) {
                violations.add(object.ref() + ": not in namespace " + namespace.name());
            }
        }
        return violations;
    }
}
