package org.buyonce.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary files and directories that leave nothing behind: each is deleted, with all it holds, when the JVM exits,
 * even if whoever made it never got to close it (a test JVM ends with singletons still open), or earlier by
 * {@link #delete}.
 */
public final class Scratch {

    private static final Set<Path> LIVING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVING.forEach(Scratch::deleteTree), "buyonce-scratch-cleanup"));
    }

    private Scratch() {
    }

    /** A new directory in the system's temporary folder, named from the prefix. */
    public static Path directory(String prefix) {
        try {
            return kept(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty file in the system's temporary folder. */
    public static Path file(String prefix, String suffix) {
        try {
            return kept(Files.createTempFile(prefix, suffix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes it now, and everything in it; best effort, as for any temporary folder. */
    public static void delete(Path path) {
        deleteTree(path);
        LIVING.remove(path);
    }

    private static Path kept(Path path) {
        LIVING.add(path);
        return path;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a temporary folder
        }
    }
}
