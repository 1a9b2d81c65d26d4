package io.sigillum.verification.trust;

import io.sigillum.trust.evaluation.TrustEvaluator;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The trust evaluator presentations are checked with: the snapshot held in memory, revalidated
 * in the background every {@code sigillum.verification.trust.refresh} (one minute by default) and
 * on demand once that long has passed, so a presentation rarely waits for the registry.
 */
@ApplicationScoped
public class TrustSnapshots implements Supplier<TrustEvaluator> {

    private static final Logger LOG = Logger.getLogger(TrustSnapshots.class.getName());

    private final TrustRegistry registry;
    private final Duration refresh;
    private ScheduledExecutorService scheduler;

    @Inject
    TrustSnapshots(TrustRegistry registry,
                   @ConfigProperty(name = "sigillum.verification.trust.refresh", defaultValue = "PT1M") Duration refresh) {
        this.registry = registry;
        this.refresh = refresh;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("trust-refresh").factory());
        scheduler.scheduleWithFixedDelay(this::refresh, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /**
     * @return the evaluator over the current snapshot
     * @throws TrustUnavailable when none within its lifetime is available
     */
    @Override
    public TrustEvaluator get() {
        return registry.held().filter(h -> registry.now().isBefore(h.confirmedAt().plus(refresh)))
                .map(HeldSnapshot::evaluator)
                .orElseGet(registry::fetch);
    }

    /** Revalidates now, e.g. when the registry announces a change. */
    public void refresh() {
        try {
            registry.fetch();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "trust snapshot not refreshed: {0}", e.getMessage());
        }
    }
}
