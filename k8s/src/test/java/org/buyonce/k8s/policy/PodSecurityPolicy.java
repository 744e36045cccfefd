package org.buyonce.k8s.policy;

import com.fasterxml.jackson.databind.JsonNode;
import org.buyonce.k8s.render.K8sObject;
import org.buyonce.k8s.render.Manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every pod meets the restricted Pod Security Standard and what an operator expects of a well-behaved workload: non-root,
 * no privilege escalation, all capabilities dropped, the runtime's seccomp profile, a read-only root filesystem with an
 * emptyDir for /tmp, requests and limits, three probes, a pinned image and no service account token.
 */
final class PodSecurityPolicy implements Policy {

    private static final Set<String> ALLOWED_VOLUMES = Set.of("configMap", "secret", "emptyDir", "projected", "downwardAPI",
            "persistentVolumeClaim", "ephemeral", "csi");

    @Override
    public List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (K8sObject deployment : manifests.deployments()) {
            JsonNode pod = deployment.at("/spec/template/spec");
            String ref = deployment.ref();
            JsonNode podContext = pod.path("securityContext");
            if (pod.path("automountServiceAccountToken").asBoolean(true)) {
                violations.add(ref + ": mounts a service account token (automountServiceAccountToken is not false)");
            }
            for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
                if (pod.path(host).asBoolean(false)) {
                    violations.add(ref + ": uses " + host);
                }
            }
            pod.path("volumes").forEach(volume -> volume.fieldNames().forEachRemaining(field -> {
                if (!field.equals("name") && !ALLOWED_VOLUMES.contains(field)) {
                    violations.add(ref + ": volume " + volume.path("name").asText() + " is a " + field + ", which the restricted profile forbids");
                }
            }));
            for (JsonNode container : pod.path("initContainers")) {
                checkContainer(ref, pod, podContext, container, false, violations);
            }
            for (JsonNode container : pod.path("containers")) {
                checkContainer(ref, pod, podContext, container, true, violations);
            }
        }
        return violations;
    }

    private static void checkContainer(String deployment, JsonNode pod, JsonNode podContext, JsonNode container, boolean probed,
            List<String> violations) {
        String ref = deployment + " container " + container.path("name").asText();
        JsonNode context = container.path("securityContext");
        if (!setting(context, podContext, "runAsNonRoot").asBoolean(false)) {
            violations.add(ref + ": runAsNonRoot is not true");
        }
        if (setting(context, podContext, "runAsUser").asInt(-1) == 0) {
            violations.add(ref + ": runs as user 0");
        }
        String seccomp = setting(context, podContext, "seccompProfile").path("type").asText();
        if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
            violations.add(ref + ": seccompProfile is not RuntimeDefault");
        }
        if (context.path("allowPrivilegeEscalation").asBoolean(true)) {
            violations.add(ref + ": allowPrivilegeEscalation is not false");
        }
        if (context.path("privileged").asBoolean(false)) {
            violations.add(ref + ": is privileged");
        }
        List<String> dropped = texts(context.at("/capabilities/drop"));
        if (!dropped.contains("ALL")) {
            violations.add(ref + ": does not drop ALL capabilities");
        }
        texts(context.at("/capabilities/add")).stream().filter(added -> !added.equals("NET_BIND_SERVICE"))
                .forEach(added -> violations.add(ref + ": adds capability " + added));
        if (!context.path("readOnlyRootFilesystem").asBoolean(false)) {
            violations.add(ref + ": root filesystem is not read-only");
        } else if (!tmpIsEmptyDir(pod, container)) {
            violations.add(ref + ": /tmp is not an emptyDir (the root filesystem is read-only)");
        }
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (container.at("/resources/" + kind + "/" + resource).isMissingNode()) {
                    violations.add(ref + ": no " + resource + " in resources." + kind);
                }
            }
        }
        if (probed) {
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                if (container.path(probe).isMissingNode()) {
                    violations.add(ref + ": no " + probe);
                }
            }
        }
        String image = container.path("image").asText();
        String tag = image.contains("@") ? "digest" : image.substring(image.lastIndexOf('/') + 1).contains(":")
                ? image.substring(image.lastIndexOf(':') + 1) : "";
        if (tag.isEmpty() || tag.equals("latest")) {
            violations.add(ref + ": image " + image + " is not pinned to a version (no tag, or latest)");
        }
    }

    /** A container's setting, else the pod's (container settings win, as in Kubernetes). */
    private static JsonNode setting(JsonNode container, JsonNode pod, String name) {
        return container.has(name) ? container.path(name) : pod.path(name);
    }

    private static boolean tmpIsEmptyDir(JsonNode pod, JsonNode container) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals("/tmp")) {
                for (JsonNode volume : pod.path("volumes")) {
                    if (volume.path("name").asText().equals(mount.path("name").asText())) {
                        return volume.has("emptyDir");
                    }
                }
            }
        }
        return false;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
