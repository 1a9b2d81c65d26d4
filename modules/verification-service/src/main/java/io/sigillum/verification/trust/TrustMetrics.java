package io.sigillum.verification.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import java.time.Duration;

/**
 * Gauges of the trust material: how old the held snapshot is, its version, and whether the
 * registry failed so that the cached copy serves.
 */
@ApplicationScoped
public class TrustMetrics {

    private final MetricRegistry metrics;
    private final TrustRegistry registry;

    @Inject
    TrustMetrics(@RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE) MetricRegistry metrics, TrustRegistry registry) {
        this.metrics = metrics;
        this.registry = registry;
    }

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        metrics.gauge(Metadata.builder().withName("sigillum.verification.trust.snapshot.age")
                        .withDescription("Seconds since the trust registry last served or confirmed the held snapshot; -1 when none is held")
                        .build(), registry,
                r -> r.held().map(h -> Duration.between(h.confirmedAt(), r.now()).toSeconds()).orElse(-1L));
        metrics.gauge(Metadata.builder().withName("sigillum.verification.trust.snapshot.version")
                        .withDescription("Version of the held trust snapshot; -1 when none is held").build(), registry,
                r -> r.held().map(HeldSnapshot::version).orElse(-1L));
        metrics.gauge(Metadata.builder().withName("sigillum.verification.trust.cached")
                        .withDescription("1 while the trust registry cannot be reached and the last snapshot serves, else 0").build(),
                registry, r -> r.servingCached() ? 1 : 0);
    }
}
