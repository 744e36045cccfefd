package org.buyonce.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.buyonce.infra.PostgresServer;

import java.util.Map;

/**
 * Points a service's tests at its own database on the real PostgreSQL server, creating the database if it is missing.
 * The server is found through the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD; defaults 127.0.0.1,
 * 5432, postgres, none). The database name is the init argument {@code database}.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null || !database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("init argument 'database' must be a lower-case identifier: " + database);
        }
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = PostgresServer.fromEnvironment();
        server.createDatabaseIfMissing(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        // The database stays: Flyway cleans it at the start of the next run.
    }
}
