package io.sigillum.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Ready while the service's pool hands out a valid connection. */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final DatabaseSettings settings;

    @Inject
    DatabaseReadiness(@Named("sigillum") DataSource dataSource, DatabaseSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database")
                .withData("schema", settings.target().schema());
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(VALIDATION_TIMEOUT_SECONDS)).build();
        } catch (SQLException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
