package org.buyonce.k8s;

import org.buyonce.k8s.policy.Policy;
import org.buyonce.k8s.render.K8sObject;
import org.buyonce.k8s.render.Manifests;
import org.buyonce.k8s.schema.ApiSchemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every overlay renders with {@code kubectl kustomize}, is valid for the API server, and follows our policy. */
class OverlaysTest {

    @ParameterizedTest
    @MethodSource("org.buyonce.k8s.Overlays#names")
    void rendersTheWholeProduct(String overlay) {
        Manifests manifests = Overlays.rendered(overlay);

        assertThat(manifests.deployments()).extracting(K8sObject::name)
                .containsExactlyInAnyOrder("contract-service", "asset-service", "alignment-service");
        assertThat(manifests.ofKind("Cluster")).extracting(K8sObject::name)
                .containsExactlyInAnyOrder("buyonce-contract-db", "buyonce-asset-db", "buyonce-alignment-db");
        assertThat(manifests.ofKind("Kafka")).extracting(K8sObject::name).containsExactly("buyonce-kafka");
        assertThat(manifests.ofKind("KafkaNodePool")).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.buyonce.k8s.Overlays#names")
    void everyObjectIsValidForItsApiSchema(String overlay) {
        assertThat(ApiSchemas.violations(Overlays.rendered(overlay).objects())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.buyonce.k8s.Overlays#names")
    void everyObjectFollowsOurPolicy(String overlay) {
        Manifests manifests = Overlays.rendered(overlay);

        assertThat(Policy.all(Overlays.settings())).flatMap(policy -> policy.violations(manifests)).isEmpty();
    }
}
