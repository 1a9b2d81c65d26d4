package io.sigillum.migrations;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The production migration job: {@code java -jar sigillum-db-migrations.jar migrate <service>|all}
 * or {@code … info <service>}.
 *
 * <p>The database comes from the environment ({@code SIGILLUM_DB_URL}, {@code SIGILLUM_DB_USER},
 * {@code SIGILLUM_DB_PASSWORD}, optionally {@code SIGILLUM_DB_SCHEMA}) or the matching system
 * properties ({@code sigillum.db.url} …). Exit status: 0 done, 1 failed, 2 usage.
 */
public final class MigrationCommand {

    private final UnaryOperator<String> settings;
    private final PrintStream out;
    private final PrintStream err;

    /** @param settings looks up {@code url}, {@code user}, {@code password}, {@code schema}; null when unset */
    MigrationCommand(UnaryOperator<String> settings, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        UnaryOperator<String> settings = name -> {
            String value = System.getProperty("sigillum.db." + name);
            return value != null ? value : System.getenv("SIGILLUM_DB_" + name.toUpperCase(Locale.ROOT));
        };
        System.exit(new MigrationCommand(settings, System.out, System.err).run(args));
    }

    int run(String... args) {
        if (args.length != 2 || !List.of("migrate", "info").contains(args[0])) {
            err.println("usage: migrate <service>|all  or  info <service>; services: " + ServiceSchema.names());
            return 2;
        }
        List<ServiceSchema> services;
        if ("all".equals(args[1])) {
            services = List.of(ServiceSchema.values());
        } else {
            var service = ServiceSchema.of(args[1]);
            if (service.isEmpty()) {
                err.println("sigillum: unknown service '" + args[1] + "'; known: " + ServiceSchema.names());
                return 2;
            }
            services = List.of(service.get());
        }
        String url = setting("url");
        if (url == null) {
            err.println("sigillum: set SIGILLUM_DB_URL (a JDBC URL) to the database to migrate");
            return 2;
        }
        try {
            for (ServiceSchema service : services) {
                DatabaseTarget target = new DatabaseTarget(url, setting("user"), setting("password"),
                        services.size() == 1 && setting("schema") != null ? setting("schema") : service.defaultSchemaName());
                if ("migrate".equals(args[0])) {
                    int applied = SchemaMigrations.migrate(service, target);
                    out.println(service.service() + ": " + applied + " migration(s) applied, schema " + target.schema()
                            + " at version " + SchemaMigrations.currentVersion(service, target));
                } else {
                    String version = SchemaMigrations.currentVersion(service, target);
                    out.println(service.service() + ": schema " + target.schema() + " at version "
                            + (version.isEmpty() ? "(none)" : version));
                }
            }
            return 0;
        } catch (MigrationFailedException | IllegalArgumentException e) {
            err.println("sigillum: " + e.getMessage());
            return 1;
        }
    }

    private String setting(String name) {
        String value = settings.apply(name);
        return value == null || value.isBlank() ? null : value;
    }
}
