package io.sigillum.verification.trust;

import io.sigillum.events.EventEnvelope;
import io.sigillum.verification.messaging.CacheHintTopics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Listens to {@code trust.changed} ({@code {"version": n}}) on the topic
 * {@code sigillum.trust.changed} and revalidates the snapshot at once when the registry announces
 * a version newer than the one held, instead of waiting for the next periodic refresh.
 */
@ApplicationScoped
public class TrustChangedEvents {

    static final String TOPIC = "sigillum.trust.changed";
    static final String TYPE = "trust.changed";

    /**
     * Fetches tried after an announcement before leaving it to the periodic refresh: about 40 s in
     * all, longer than the registry call's circuit stays open.
     */
    private static final int CATCH_UP_ATTEMPTS = 12;
    private static final Logger LOG = Logger.getLogger(TrustChangedEvents.class.getName());

    private final AtomicLong announced = new AtomicLong(-1);
    private final AtomicBoolean catchUpQueued = new AtomicBoolean();
    private final ExecutorService catchUp = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("trust-catch-up").factory());
    private final CacheHintTopics topics;
    private final TrustRegistry registry;
    private final TrustSnapshots snapshots;

    @Inject
    TrustChangedEvents(CacheHintTopics topics, TrustRegistry registry, TrustSnapshots snapshots) {
        this.topics = topics;
        this.registry = registry;
        this.snapshots = snapshots;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        topics.subscribe(TOPIC, this::handle);
    }

    @PreDestroy
    void stop() {
        catchUp.shutdownNow();
    }

    private void handle(EventEnvelope event) {
        if (!TYPE.equals(event.type()) || !(event.payload().get("version") instanceof JsonNumber version)) {
            return;
        }
        announced.accumulateAndGet(version.longValue(), Math::max);
        if (heldVersion() < announced.get() && catchUpQueued.compareAndSet(false, true)) {
            // Off the broker's thread, one catch-up at a time: a burst of changes (an import, the
            // seeding of a new deployment) costs a few fetches, not one each.
            catchUp.execute(this::catchUp);
        }
    }

    /**
     * Fetches until the held snapshot is as new as the newest one announced: the event can arrive
     * before the registry serves that version, or while a fetch is refused (bulkhead, circuit),
     * and waiting for the periodic refresh would leave a minute of stale trust.
     */
    private void catchUp() {
        catchUpQueued.set(false);
        for (int attempt = 0; attempt < CATCH_UP_ATTEMPTS && heldVersion() < announced.get(); attempt++) {
            if (attempt > 0 && !pause(Duration.ofMillis(Math.min(5_000, 100L << attempt)))) {
                return;
            }
            snapshots.refresh();
        }
        if (heldVersion() < announced.get()) {
            LOG.warning(() -> "trust snapshot version " + announced.get() + " was announced but not fetched; the periodic"
                    + " refresh will try again");
        }
    }

    private long heldVersion() {
        return registry.held().map(HeldSnapshot::version).orElse(-1L);
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
