package org.buyonce.k8s;

import org.buyonce.k8s.policy.ReferencePolicy;
import org.buyonce.k8s.render.K8sObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What README tells an operator matches what the manifests and the image expect. */
class OperatorGuideTest {

    @Test
    void readmeShowsHowToApplyEveryOverlayAndCreateEverySecretTheyNeed() throws IOException {
        String readme = Files.readString(Overlays.REPOSITORY.resolve("README.md"));
        String guide = readme.substring(readme.indexOf("## Deploying on Kubernetes"));

        Overlays.names().forEach(overlay -> assertThat(guide).contains("k8s/overlays/" + overlay));
        assertThat(guide).contains("kubectl apply -k k8s/overlays/prod");
        ReferencePolicy.OPERATOR_SECRETS.keySet().forEach(secret ->
                assertThat(guide).containsPattern("kubectl -n buyonce create secret \\S+ " + Pattern.quote(secret) + " "));
    }

    @Test
    void theImageRunsAsTheUserThePodsRequire() throws IOException {
        Matcher user = Pattern.compile("(?m)^USER (\\d+)$").matcher(Files.readString(Overlays.REPOSITORY.resolve("Dockerfile")));
        assertThat(user.find()).as("a numeric USER in the Dockerfile").isTrue();

        for (K8sObject deployment : Overlays.rendered("prod").deployments()) {
            assertThat(deployment.at("/spec/template/spec/securityContext/runAsUser").asText()).isEqualTo(user.group(1));
        }
    }
}
