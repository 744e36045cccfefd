package org.buyonce.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.buyonce.infra.PostgresServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the services keep their data: the PostgreSQL the usual variables name (PGHOST and friends), or else an
 * embedded PostgreSQL (real binaries from Maven Central) with its data under .buyonce/postgres. PostgreSQL refuses to
 * run as root, so as root the machine's own PostgreSQL at 127.0.0.1:5432 is used instead.
 */
final class Database implements AutoCloseable {

    private final PostgresServer server;
    private final EmbeddedPostgres embedded;
    private final String description;
    private final Path dataDirectory;

    private Database(PostgresServer server, EmbeddedPostgres embedded, String description, Path dataDirectory) {
        this.server = server;
        this.embedded = embedded;
        this.description = description;
        this.dataDirectory = dataDirectory;
    }

    static Database choose(Path home, int embeddedPort) throws IOException {
        if (isConfigured("PGHOST") || isConfigured("PGPORT") || isConfigured("PGUSER")) {
            PostgresServer configured = PostgresServer.fromEnvironment();
            return new Database(reachable(configured, "the PostgreSQL that PGHOST/PGPORT/PGUSER name"), null,
                    "PostgreSQL at " + configured.host() + ":" + configured.port(), null);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            PostgresServer local = PostgresServer.fromEnvironment();
            return new Database(reachable(local, "the machine's PostgreSQL (running as root, where PostgreSQL cannot be embedded)"),
                    null, "the machine's PostgreSQL at " + local.host() + ":" + local.port() + " (running as root: PostgreSQL cannot be embedded)", null);
        }
        Path data = home.resolve("postgres");
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setPort(embeddedPort).start();
        return new Database(new PostgresServer("127.0.0.1", String.valueOf(embeddedPort), "postgres", ""), postgres,
                "an embedded PostgreSQL on port " + embeddedPort + " (data in " + data + ")", data);
    }

    PostgresServer server() {
        return server;
    }

    String description() {
        return description;
    }

    /** Where the services' data is, in words: the embedded directory, or the server and databases it is in. */
    String whereDataIs(List<String> databases) {
        if (embedded != null) {
            return "the data stays in " + dataDirectory;
        }
        return "the data stays in databases " + String.join(", ", databases) + " of the PostgreSQL at "
                + server.host() + ":" + server.port();
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }

    private static PostgresServer reachable(PostgresServer server, String what) throws IOException {
        if (!server.isReachable()) {
            throw new IOException(what + " does not answer at " + server.host() + ":" + server.port() + " as " + server.user()
                    + "; start it, or point PGHOST/PGPORT/PGUSER/PGPASSWORD at one");
        }
        return server;
    }

    private static boolean isConfigured(String variable) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank();
    }
}
