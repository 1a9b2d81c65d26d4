package io.sigillum.verification.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Says what trust material presentations are checked with: {@code fresh} (the registry
 * answers), {@code cached} (it does not, and the last snapshot serves within its lifetime) or
 * {@code none}. The service stays ready in every case: relying parties can still open
 * transactions, and a presentation checked without trust fails with that reason.
 */
@Readiness
@ApplicationScoped
public class TrustReadiness implements HealthCheck {

    private final TrustRegistry registry;

    @Inject
    TrustReadiness(TrustRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("trust").up();
        var held = registry.held();
        if (held.isEmpty() || !registry.now().isBefore(held.get().confirmedAt().plus(registry.maxAge()))) {
            response.withData("source", "none");
        } else {
            response.withData("source", registry.servingCached() ? "cached" : "fresh")
                    .withData("version", held.get().version())
                    .withData("age_seconds", Duration.between(held.get().confirmedAt(), registry.now()).toSeconds());
        }
        registry.lastError().ifPresent(error -> response.withData("error", error));
        return response.build();
    }
}
