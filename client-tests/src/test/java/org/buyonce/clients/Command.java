package org.buyonce.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A third-party tool run as a process: its exit code and everything it printed. */
record Command(int exitCode, String output) {

    /** The module's own pinned Node tools ({@code npm ci} installs them from package-lock.json). */
    static Path nodeTool(String name) {
        Path tool = Path.of("node_modules", ".bin", name).toAbsolutePath();
        if (!Files.isExecutable(tool)) {
            throw new IllegalStateException(tool + " is missing: run 'npm ci' in client-tests (the build does it when node_modules is absent)");
        }
        return tool;
    }

    static Command run(List<String> command, Map<String, String> environment, Duration timeout) throws IOException, InterruptedException {
        Path log = Files.createTempFile("buyonce-command", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout + ":\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Command(process.exitValue(), output);
    }

    static Command run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        return run(command, Map.of(), timeout);
    }
}
