package io.sigillum.migrations;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs against the build's test database: embedded H2, or PostgreSQL with -Ppostgres. Each test
 * migrates a schema of its own, so runs never see each other's state.
 */
class SchemaMigrationsTest {

    static DatabaseTarget freshSchema() {
        String schema = "mt_" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        return new DatabaseTarget(System.getProperty("sigillum.db.url"), System.getProperty("sigillum.db.user"),
                System.getProperty("sigillum.db.password"), schema);
    }

    static List<String> tables(DatabaseTarget target) throws SQLException {
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password());
             ResultSet rows = connection.getMetaData().getTables(null, target.schema(), "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }

    @Test
    void everyServiceSchemaMigratesOnceAndThenIsCurrent() throws SQLException {
        for (ServiceSchema service : ServiceSchema.values()) {
            DatabaseTarget target = freshSchema();
            assertTrue(SchemaMigrations.migrate(service, target) >= 1, service + " applied nothing");
            assertEquals(0, SchemaMigrations.migrate(service, target), service + " is not idempotent");
            assertFalse(SchemaMigrations.currentVersion(service, target).isEmpty());
            assertTrue(tables(target).contains("flyway_schema_history"), service + ": " + tables(target));
        }
    }

    @Test
    void eachServiceGetsItsOwnTables() throws SQLException {
        DatabaseTarget trust = freshSchema();
        SchemaMigrations.migrate(ServiceSchema.TRUST_REGISTRY, trust);
        assertTrue(tables(trust).contains("trusted_issuer"));
        assertFalse(tables(trust).contains("managed_key"));

        DatabaseTarget keys = freshSchema();
        SchemaMigrations.migrate(ServiceSchema.KEY_MANAGEMENT, keys);
        assertTrue(tables(keys).contains("managed_key"));
        assertFalse(tables(keys).contains("trusted_issuer"));
    }

    @Test
    void theSchemaEnforcesItsStates() throws SQLException {
        DatabaseTarget target = freshSchema();
        SchemaMigrations.migrate(ServiceSchema.TRUST_REGISTRY, target);
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password())) {
            connection.setSchema(target.schema());
            String insert = "INSERT INTO trusted_issuer (id, legal_name, country, state, created_at) "
                    + "VALUES (?, 'Example', 'DE', ?, CURRENT_TIMESTAMP)";
            try (var statement = connection.prepareStatement(insert)) {
                statement.setString(1, "https://issuer.example");
                statement.setString(2, "active");
                assertEquals(1, statement.executeUpdate());
                statement.setString(1, "https://other.example");
                statement.setString(2, "trusted-forever");
                assertThrows(SQLException.class, statement::executeUpdate);
            }
        }
    }

    @Test
    void anUnreachableDatabaseIsOneClearLineWithoutThePassword() {
        DatabaseTarget nowhere = new DatabaseTarget(
                "jdbc:postgresql://127.0.0.1:1/sigillum?password=s3cret", "sigillum", "s3cret", "issuance");
        MigrationFailedException e = assertThrows(MigrationFailedException.class,
                () -> SchemaMigrations.migrate(ServiceSchema.ISSUANCE, nowhere));
        assertTrue(e.getMessage().startsWith("issuance: database unreachable at jdbc:postgresql://127.0.0.1:1/sigillum?password=***"),
                e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"));
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void schemaNamesAreCheckedBeforeAnySqlIsWritten() {
        assertThrows(IllegalArgumentException.class,
                () -> new DatabaseTarget("jdbc:h2:mem:x", "", "", "bad; drop table x"));
        assertThrows(IllegalArgumentException.class,
                () -> new DatabaseTarget("postgresql://host/db", "", "", "issuance"));
    }
}
