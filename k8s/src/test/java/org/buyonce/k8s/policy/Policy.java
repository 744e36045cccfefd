package org.buyonce.k8s.policy;

import org.buyonce.k8s.render.Manifests;

import java.util.List;

/** One of our rules for what an overlay must deploy; each violation is one line naming the object. */
public interface Policy {

    List<String> violations(Manifests manifests);

    /** Every rule, in the order their violations are reported. */
    static List<Policy> all(ServiceSettings settings) {
        return List.of(new NamespacePolicy(), new PodSecurityPolicy(), new CoveragePolicy(), new ReferencePolicy(),
                new SettingsPolicy(settings), new WiringPolicy());
    }
}
