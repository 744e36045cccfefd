package org.buyonce.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary files and directories that leave nothing behind: each is deleted, with all it holds, when the JVM exits,
 * even if whoever made it never got to close it (a test JVM ends with singletons still open), or earlier by
 * {@link #delete}.
 */
public final class Scratch {

    private static final Runnable NOTHING = () -> { };
    /** Each living path, with what must stop using it before it goes. */
    private static final Map<Path, Runnable> LIVING = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVING.forEach((path, user) -> {
            try {
                user.run();
            } finally {
                deleteTree(path);
            }
        }), "buyonce-scratch-cleanup"));
    }

    private Scratch() {
    }

    /** A new directory in the system's temporary folder, named from the prefix. */
    public static Path directory(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            LIVING.put(directory, NOTHING);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Has what uses a path stopped before the path is deleted at exit: shutdown hooks run together, and a Kafka broker
     * whose log directory vanishes under it halts the JVM with status 1.
     */
    public static void stopBeforeDeleting(Path path, Runnable stopUser) {
        LIVING.replace(path, stopUser);
    }

    /** A new empty file in the system's temporary folder. */
    public static Path file(String prefix, String suffix) {
        try {
            Path file = Files.createTempFile(prefix, suffix);
            LIVING.put(file, NOTHING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes it now, and everything in it; best effort, as for any temporary folder. */
    public static void delete(Path path) {
        deleteTree(path);
        LIVING.remove(path);
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
