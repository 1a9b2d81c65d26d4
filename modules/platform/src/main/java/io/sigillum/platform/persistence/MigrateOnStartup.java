package io.sigillum.platform.persistence;

import io.sigillum.migrations.SchemaMigrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * Brings the service's schema up to date as the application starts, before anything uses it.
 * In production the migration job does this instead and {@code sigillum.db.migrate-on-start} is
 * false, so the service's own database user needs no DDL rights.
 */
@ApplicationScoped
class MigrateOnStartup {

    private static final Logger LOG = Logger.getLogger(MigrateOnStartup.class.getName());

    private final DatabaseSettings settings;
    private final boolean enabled;

    @Inject
    MigrateOnStartup(DatabaseSettings settings,
                     @ConfigProperty(name = "sigillum.db.migrate-on-start", defaultValue = "true") boolean enabled) {
        this.settings = settings;
        this.enabled = enabled;
    }

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object started) {
        if (!enabled) {
            LOG.info(() -> "schema migration at start-up is off; expecting " + settings.target().schema() + " current");
            return;
        }
        int applied = SchemaMigrations.migrate(settings.service(), settings.target());
        LOG.info(() -> "schema " + settings.target().schema() + ": " + applied + " migration(s) applied");
    }
}
