package io.sigillum.verification.presentation;

import io.sigillum.presentation.StatusLists;
import io.sigillum.verification.status.StatusPublishedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * What status checks run on: the status list cache's counts ({@code served_stale} grows while
 * lists are served past their refresh time because their host cannot be reached) and whether the
 * {@code status.published} subscription is open. Always up: a status that cannot be learned is
 * the unknown-status policy's matter, per presentation. The same counts are gauges.
 */
@Readiness
@ApplicationScoped
public class StatusReadiness implements HealthCheck {

    private final LibraryPresentationCheck check;
    private final StatusPublishedEvents events;
    private final MetricRegistry metrics;

    @Inject
    StatusReadiness(LibraryPresentationCheck check, StatusPublishedEvents events,
                    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE) MetricRegistry metrics) {
        this.check = check;
        this.events = events;
        this.metrics = metrics;
    }

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gauge("sigillum.verification.status.lists.fetched", "Status list tokens fetched", check, c -> c.statusStats().fetched());
        gauge("sigillum.verification.status.lists.cached", "Status lookups answered from a fresh cached token", check,
                c -> c.statusStats().servedFromCache());
        gauge("sigillum.verification.status.lists.stale", "Status lookups answered from a token past its refresh time, its host unreachable",
                check, c -> c.statusStats().servedStale());
        gauge("sigillum.verification.status.lists.failures", "Status list fetches that failed", check, c -> c.statusStats().failures());
    }

    private void gauge(String name, String description, LibraryPresentationCheck object,
                       java.util.function.Function<LibraryPresentationCheck, Long> value) {
        metrics.gauge(Metadata.builder().withName(name).withDescription(description).build(), object, value);
    }

    @Override
    public HealthCheckResponse call() {
        StatusLists.Stats stats = check.statusStats();
        return HealthCheckResponse.named("status").up()
                .withData("lists", stats.entries())
                .withData("fetched", stats.fetched())
                .withData("served_from_cache", stats.servedFromCache())
                .withData("served_stale", stats.servedStale())
                .withData("failures", stats.failures())
                .withData("events_subscribed", events.subscribed())
                .build();
    }
}
