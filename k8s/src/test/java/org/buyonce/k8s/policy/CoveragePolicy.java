package org.buyonce.k8s.policy;

import com.fasterxml.jackson.databind.JsonNode;
import org.buyonce.k8s.render.K8sObject;
import org.buyonce.k8s.render.Manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Nothing runs unprotected: the namespace denies all traffic by default, and every Deployment is selected by a
 * NetworkPolicy of its own (not just the default), by a PodDisruptionBudget and by a Service.
 */
final class CoveragePolicy implements Policy {

    @Override
    public List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        List<K8sObject> policies = manifests.ofKind("NetworkPolicy");
        boolean defaultDeny = policies.stream().anyMatch(CoveragePolicy::deniesEverything);
        if (!defaultDeny) {
            violations.add("no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, no rules)");
        }
        for (K8sObject deployment : manifests.deployments()) {
            Map<String, String> labels = deployment.labels("/spec/template/metadata/labels");
            if (!deployment.json().at("/spec/selector").isMissingNode()
                    && !Manifests.selects(deployment.at("/spec/selector"), labels)) {
                violations.add(deployment.ref() + ": its selector does not select its own pod template");
            }
            boolean ownPolicy = policies.stream().anyMatch(policy -> !policy.at("/spec/podSelector").isEmpty()
                    && Manifests.selects(policy.at("/spec/podSelector"), labels));
            if (!ownPolicy) {
                violations.add(deployment.ref() + ": no NetworkPolicy selects its pods");
            }
            if (manifests.ofKind("PodDisruptionBudget").stream().noneMatch(pdb -> Manifests.selects(pdb.at("/spec/selector"), labels))) {
                violations.add(deployment.ref() + ": no PodDisruptionBudget selects its pods");
            }
            if (manifests.ofKind("Service").stream().noneMatch(service -> !service.at("/spec/selector").isEmpty()
                    && Manifests.selects(service.at("/spec/selector"), labels))) {
                violations.add(deployment.ref() + ": no Service selects its pods");
            }
        }
        return violations;
    }

    private static boolean deniesEverything(K8sObject policy) {
        JsonNode spec = policy.at("/spec");
        List<String> types = new ArrayList<>();
        spec.path("policyTypes").forEach(type -> types.add(type.asText()));
        return spec.path("podSelector").isEmpty() && types.contains("Ingress") && types.contains("Egress")
                && spec.path("ingress").isEmpty() && spec.path("egress").isEmpty();
    }
}
