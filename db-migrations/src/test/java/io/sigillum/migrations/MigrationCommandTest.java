package io.sigillum.migrations;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> settings, String... args) {
        return new MigrationCommand(settings::get, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private static Map<String, String> testDatabase(String schema) {
        Map<String, String> settings = new HashMap<>();
        settings.put("url", System.getProperty("sigillum.db.url"));
        settings.put("user", System.getProperty("sigillum.db.user"));
        settings.put("password", System.getProperty("sigillum.db.password"));
        settings.put("schema", schema);
        return settings;
    }

    /** The service's migration scripts, V1 to Vn, as this module holds them (the tests run in its directory). */
    private static long migrationsOf(String service) {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(service))) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void migratesOneServiceAndReportsItsVersion() {
        String schema = SchemaMigrationsTest.freshSchema().schema();
        long migrations = migrationsOf("status");
        assertEquals(0, run(testDatabase(schema), "migrate", "status"));
        assertEquals("status: " + migrations + " migration(s) applied, schema " + schema + " at version " + migrations,
                out.toString().strip());
        out.reset();
        assertEquals(0, run(testDatabase(schema), "info", "status"));
        assertEquals("status: schema " + schema + " at version " + migrations, out.toString().strip());
    }

    @Test
    void anUnknownServiceIsAUsageError() {
        assertEquals(2, run(testDatabase("x"), "migrate", "payments"));
        assertTrue(err.toString().startsWith("sigillum: unknown service 'payments'; known: issuance, verification"));
    }

    @Test
    void missingArgumentsOrDatabaseAreUsageErrors() {
        assertEquals(2, run(Map.of(), "migrate"));
        assertTrue(err.toString().startsWith("usage: "));
        err.reset();
        assertEquals(2, run(Map.of(), "migrate", "issuance"));
        assertEquals("sigillum: set SIGILLUM_DB_URL (a JDBC URL) to the database to migrate", err.toString().strip());
    }

    @Test
    void anUnreachableDatabaseFailsWithOneLine() {
        assertEquals(1, run(Map.of("url", "jdbc:postgresql://127.0.0.1:1/sigillum", "password", "hunter2"),
                "migrate", "issuance"));
        String message = err.toString().strip();
        assertTrue(message.startsWith("sigillum: issuance: database unreachable at jdbc:postgresql://127.0.0.1:1/sigillum"), message);
        assertFalse(message.contains("\n"));
        assertFalse(message.contains("hunter2"));
    }
}
