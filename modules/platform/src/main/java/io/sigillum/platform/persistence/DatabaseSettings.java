package io.sigillum.platform.persistence;

import io.sigillum.migrations.DatabaseTarget;
import io.sigillum.migrations.ServiceSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The service's database as configured: {@code sigillum.service.name}, {@code sigillum.db.url},
 * {@code sigillum.db.user}, {@code sigillum.db.password}, {@code sigillum.db.schema}. The same
 * keys feed the connection pool (see each service's microprofile-config.properties).
 */
@ApplicationScoped
class DatabaseSettings {

    private final ServiceSchema service;
    private final DatabaseTarget target;

    @Inject
    DatabaseSettings(@ConfigProperty(name = "sigillum.service.name") String serviceName,
                     @ConfigProperty(name = "sigillum.db.url") String url,
                     @ConfigProperty(name = "sigillum.db.user") Optional<String> user,
                     @ConfigProperty(name = "sigillum.db.password") Optional<String> password,
                     @ConfigProperty(name = "sigillum.db.schema") Optional<String> schema) {
        this.service = ServiceSchema.of(serviceName).orElseThrow(() -> new IllegalArgumentException(
                "sigillum.service.name '" + serviceName + "' owns no schema; known: " + ServiceSchema.names()));
        this.target = new DatabaseTarget(url, user.orElse(""), password.orElse(""),
                schema.orElse(service.defaultSchemaName()));
    }

    ServiceSchema service() {
        return service;
    }

    DatabaseTarget target() {
        return target;
    }
}
