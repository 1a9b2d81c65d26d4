/**
 * Sigillum's schema migrations: Flyway SQL per service schema and the runner that applies them,
 * used by the services at start-up and by the command-line migration job.
 */
module io.sigillum.migrations {
    requires flyway.core;
    requires java.sql;

    exports io.sigillum.migrations;
}
