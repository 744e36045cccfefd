package org.buyonce.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak, the identity provider the tests and the embedded default sign in with, from Maven Central's
 * {@code keycloak-quarkus-dist} (which {@code mvn install} fetches into the Maven repository). Keycloak 26 needs
 * Java 21 or later: {@link JavaHomes} finds one on this machine.
 * <p>
 * The distribution is unpacked and built once (Keycloak's own {@code kc.sh build}, about 15 s) into
 * {@code ~/.cache/buyonce}; each server then runs from a throw-away copy made of hard links, with an in-memory database,
 * so that servers never share state and leave nothing behind. Realms are made through the admin REST API.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = "26.5.6";
    public static final int JAVA_VERSION = 21;
    private static final String BUILD_OPTIONS = "--db=dev-mem";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path javaHome;
    private final int port;
    private final int managementPort;
    private final String adminPassword;
    private Path home;
    private Path log;
    private Process process;

    private KeycloakServer(Path javaHome, int port, int managementPort) {
        this.javaHome = javaHome;
        this.port = port;
        this.managementPort = managementPort;
        this.adminPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    }

    /** A server on free ports, not yet started; empty where this machine has no Java 21 or later. */
    public static Optional<KeycloakServer> onFreePorts() {
        return JavaHomes.atLeast(JAVA_VERSION).map(java -> {
            int[] ports = FreePorts.take(2);
            return new KeycloakServer(java, ports[0], ports[1]);
        });
    }

    /** A server on these ports, not yet started; empty where this machine has no Java 21 or later. */
    public static Optional<KeycloakServer> onPorts(int port, int managementPort) {
        return JavaHomes.atLeast(JAVA_VERSION).map(java -> new KeycloakServer(java, port, managementPort));
    }

    /** Starts the server and waits until it answers, at most three minutes (the first start also builds Keycloak). */
    public KeycloakServer start(Path logFile) {
        try {
            Path built = prepared(javaHome);
            home = Scratch.directory("buyonce-keycloak");
            Scratch.stopBeforeDeleting(home, this::close);
            linkTree(built, home);
            log = logFile;
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                    "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                    "--http-management-port=" + managementPort, "--hostname-strict=false")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("JAVA_HOME", javaHome.toString());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m");
            process = builder.start();
            awaitAnswer();
            return this;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot start Keycloak", e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The server's address, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer of a realm's tokens: what a service's trusted issuers name. */
    public String issuer(String realm) {
        return url() + "/realms/" + realm;
    }

    /** Creates a realm from its JSON representation (see {@link KeycloakRealms}). */
    public void createRealm(Map<String, Object> representation) {
        admin("POST", "/admin/realms", representation, 201);
    }

    /**
     * Adds a new RSA signing key to the realm, preferred over the ones it had: tokens issued from now on name a key id
     * no service has seen yet. The old keys stay valid for the tokens already issued.
     */
    public void rotateSigningKey(String realm) {
        String realmId = adminRead("/admin/realms/" + realm).path("id").asText();
        admin("POST", "/admin/realms/" + realm + "/components", Map.of(
                "name", "rotated-" + Instant.now().toEpochMilli(), "providerId", "rsa-generated",
                "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                "config", Map.of("priority", List.of(String.valueOf(1000 + Instant.now().getEpochSecond() % 100_000)))), 201);
    }

    /** An access token by the password grant (which the test realms' clients allow). */
    public String accessToken(String realm, String clientId, String username, String password) {
        String form = form(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", password, "scope", "openid"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        JsonNode answer = send(request);
        if (!answer.has("access_token")) {
            throw new IllegalStateException("Keycloak gave no token to " + username + " in " + realm + ": " + answer);
        }
        return answer.get("access_token").asText();
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (home != null) {
            Scratch.delete(home);
            home = null;
        }
    }

    private void awaitAnswer() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer("master") + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited at start; see " + log);
            }
            try {
                if (HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Keycloak started", e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("Keycloak did not answer within " + START_TIMEOUT.toSeconds() + " s; see " + log);
    }

    private String adminToken() {
        String form = form(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", adminPassword));
        return send(HttpRequest.newBuilder(URI.create(issuer("master") + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build()).path("access_token").asText();
    }

    private JsonNode adminRead(String path) {
        return send(HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken()).build());
    }

    private void admin(String method, String path, Object body, int expected) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("Keycloak answered " + method + " " + path + " with " + response.statusCode()
                        + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode send(HttpRequest request) {
        try {
            return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * The distribution, unpacked and built once per machine. A lock keeps two builds (tests and the launcher, say)
     * from writing the same folder; a folder left half-made by a killed build is made again.
     */
    static Path prepared(Path javaHome) throws IOException {
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "buyonce");
        Files.createDirectories(cache);
        Path built = cache.resolve("keycloak-" + VERSION);
        Path done = built.resolve(".buyonce-built");
        try (FileChannel channel = FileChannel.open(cache.resolve("keycloak.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            if (Files.exists(done) && Files.readString(done).equals(BUILD_OPTIONS)) {
                return built;
            }
            deleteTree(built);
            Path unpacked = Files.createTempDirectory(cache, "keycloak-unpacking");
            unzip(distribution(), unpacked);
            Path root = unpacked.resolve("keycloak-" + VERSION);
            ProcessBuilder build = new ProcessBuilder(root.resolve("bin/kc.sh").toString(), "build", BUILD_OPTIONS)
                    .redirectErrorStream(true).redirectOutput(unpacked.resolve("build.log").toFile());
            build.environment().put("JAVA_HOME", javaHome.toString());
            Process process = build.start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Keycloak's build failed; see " + unpacked.resolve("build.log"));
            }
            Files.move(root, built, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(unpacked);
            Files.writeString(done, BUILD_OPTIONS);
            return built;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building Keycloak", e);
        }
    }

    /** The zip Maven fetched (local-infra's build copies it into the Maven repository); BUYONCE_KEYCLOAK_ZIP overrides. */
    static Path distribution() {
        String given = System.getenv("BUYONCE_KEYCLOAK_ZIP");
        Path zip = given != null && !given.isBlank() ? Path.of(given)
                : Path.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"),
                        "org/keycloak/keycloak-quarkus-dist", VERSION, "keycloak-quarkus-dist-" + VERSION + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("no Keycloak distribution at " + zip + ": run 'mvn install' once (local-infra "
                    + "fetches org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip), or set BUYONCE_KEYCLOAK_ZIP");
        }
        return zip;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("zip entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file);
                }
            }
        }
        try (var scripts = Files.list(target.resolve("keycloak-" + VERSION + "/bin"))) {
            scripts.filter(f -> f.toString().endsWith(".sh")).forEach(f -> f.toFile().setExecutable(true));
        }
    }

    /** The built distribution as hard links (nothing is copied), with a data folder of this server's own. */
    private static void linkTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.getFileName().toString().equals("data")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path link = to.resolve(from.relativize(file));
                try {
                    Files.createLink(link, file);
                } catch (IOException | UnsupportedOperationException otherFileSystem) {
                    Files.copy(file, link, StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary folder
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
