package io.sigillum.migrations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

import java.sql.SQLException;

/** Applies a service's migrations to its schema, creating the schema if it is missing. */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    /**
     * Brings the service's schema up to date.
     *
     * @return the number of migrations applied now (0 when it was already current)
     * @throws MigrationFailedException with a one-line reason if the database is unreachable or a
     *                                  migration fails
     */
    public static int migrate(ServiceSchema service, DatabaseTarget target) {
        try {
            MigrateResult result = flyway(service, target).migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new MigrationFailedException(reason(service, target, e), e);
        }
    }

    /** The version the schema is at, or empty text when no migration was applied yet. */
    public static String currentVersion(ServiceSchema service, DatabaseTarget target) {
        try {
            var current = flyway(service, target).info().current();
            return current == null ? "" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw new MigrationFailedException(reason(service, target, e), e);
        }
    }

    private static Flyway flyway(ServiceSchema service, DatabaseTarget target) {
        return Flyway.configure()
                .dataSource(target.url(), target.user(), target.password())
                .schemas(target.schema())
                .defaultSchema(target.schema())
                .createSchemas(true)
                .locations(service.location())
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .connectRetries(0)
                .load();
    }

    private static String reason(ServiceSchema service, DatabaseTarget target, FlywayException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root instanceof SQLException || root instanceof java.net.ConnectException
                ? "database unreachable at " + target.redactedUrl()
                : "migration of schema " + target.schema() + " failed";
        return service.service() + ": " + what + ": " + firstLine(root.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
