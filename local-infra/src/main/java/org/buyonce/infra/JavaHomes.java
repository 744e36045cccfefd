package org.buyonce.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK of at least a given version on this machine, for programs that need a newer Java than the build's
 * (Keycloak 26 needs 21): the variable {@code BUYONCE_KEYCLOAK_JAVA_HOME}, then {@code JAVA_HOME}, then every JDK
 * under {@code /usr/lib/jvm}, newest first. Nothing is downloaded.
 */
public final class JavaHomes {

    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);
    private static final Path SYSTEM_JDKS = Path.of("/usr/lib/jvm");

    private JavaHomes() {
    }

    /** A JDK whose major version is at least {@code major}, if this machine has one. */
    public static Optional<Path> atLeast(int major) {
        List<Path> candidates = new ArrayList<>();
        for (String variable : List.of("BUYONCE_KEYCLOAK_JAVA_HOME", "JAVA_HOME")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                candidates.add(Path.of(value));
            }
        }
        if (Files.isDirectory(SYSTEM_JDKS)) {
            try (Stream<Path> homes = Files.list(SYSTEM_JDKS)) {
                homes.filter(Files::isDirectory).sorted(Comparator.comparingInt(JavaHomes::major).reversed())
                        .forEach(candidates::add);
            } catch (IOException unreadable) {
                // no system JDKs to offer
            }
        }
        return candidates.stream()
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> major(home) >= major)
                .findFirst();
    }

    /** The major version a JDK's {@code release} file names; 0 when it has none. */
    static int major(Path home) {
        try {
            Matcher version = VERSION.matcher(Files.readString(home.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException | NumberFormatException unknown) {
            return 0;
        }
    }
}
