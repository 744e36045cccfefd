package org.buyonce.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service, run as packaged ({@code quarkus-run.jar}) in its own JVM, with its output in a log file. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * The JVM options of the container image (Dockerfile, JAVA_OPTS_APPEND) that are not about where it runs: Java 17's
     * code cache sweeper flushes the compiled code of a steady workload, which the JIT then compiles again, a fifth of
     * a core per service on two cores (issue 17); the cache (240 MB) holds all of a service's code with room to spare.
     */
    public static final List<String> JVM_OPTIONS = List.of("-XX:-UseCodeCacheFlushing");

    private final String name;
    private final Path jar;
    private final int port;
    private final Path log;
    private Process process;

    public ServiceProcess(String name, Path jar, int port, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.log = log;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public void start(Map<String, String> environment) throws IOException {
        start(environment, List.of());
    }

    /** Starts the service with these JVM options (e.g. a heap limit) and environment, appending its output to the log. */
    public void start(Map<String, String> environment, List<String> jvmOptions) throws IOException {
        start(environment, jvmOptions, false);
    }

    /**
     * Starts the service with no environment but this one (and PATH), as a container gets only what its manifest sets:
     * whatever else the service would need, it does not find here either.
     */
    public void startWithOnly(Map<String, String> environment, List<String> jvmOptions) throws IOException {
        start(environment, jvmOptions, true);
    }

    private void start(Map<String, String> environment, List<String> jvmOptions, boolean only) throws IOException {
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>();
        command.add(java);
        command.addAll(JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (only) {
            builder.environment().keySet().removeIf(variable -> !variable.equals("PATH"));
        }
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // Tracing only where a collector is named: otherwise every export attempt to the default address logs a warning.
        if (builder.environment().keySet().stream().noneMatch(variable -> variable.startsWith("OTEL_EXPORTER_OTLP"))) {
            builder.environment().putIfAbsent("OTEL_SDK_DISABLED", "true");
        }
        process = builder.start();
    }

    /** Waits until the service reports ready; false if it exited or the time ran out. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                return false;
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        return false;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public Process process() {
        return process;
    }

    /** Kills the service at once (SIGKILL), as a crash would: no shutdown hooks, nothing flushed. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Asks the service to stop (SIGTERM), and kills it if it has not within the grace period. */
    public void stop(Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
