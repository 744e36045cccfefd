package org.buyonce.k8s;

import org.buyonce.k8s.policy.ServiceSettings;
import org.buyonce.k8s.render.Kustomize;
import org.buyonce.k8s.render.Manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The repository's overlays, each rendered once per test run with kubectl (the tests skip, loudly, without it). */
final class Overlays {

    /** The module runs in k8s/; the repository is its parent. */
    static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    static final Path OVERLAYS = REPOSITORY.resolve("k8s/overlays");

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private Overlays() {
    }

    /** Every overlay operators can apply: each directory under k8s/overlays. */
    static Stream<String> names() {
        try (Stream<Path> directories = Files.list(OVERLAYS)) {
            List<String> names = directories.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
            return names.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Manifests rendered(String overlay) {
        requireKubectl();
        return RENDERED.computeIfAbsent(overlay, name -> new Manifests(Kustomize.render(OVERLAYS.resolve(name))));
    }

    static ServiceSettings settings() {
        return ServiceSettings.fromReadme(REPOSITORY.resolve("README.md"));
    }

    static void requireKubectl() {
        boolean present = Kustomize.kubectl().isPresent();
        if (!present && !WARNED.getAndSet(true)) {
            System.err.println("*** kubectl is not on the PATH: the k8s/ overlays are NOT rendered or checked on this machine. ***");
        }
        assumeTrue(present, "kubectl is not on the PATH: the k8s/ overlays are not rendered or checked");
    }
}
