package io.sigillum.status.publication;

import io.sigillum.status.entry.ListChanged;
import io.sigillum.status.list.PersistenceWarmUp;
import io.sigillum.status.serving.ServedTokens;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This replica's publishing thread. It wakes when a change commits here, waits the gather time so
 * a burst of changes costs one signature per list, then publishes every due list (changed here or
 * on another replica, or near expiry); every sweep interval it also does so unasked, and takes
 * the tokens other replicas stored. A change is therefore served within gather + one signing when
 * made here, and within a sweep interval more when made elsewhere.
 */
@ApplicationScoped
public class PublicationLoop {

    private static final Logger LOG = Logger.getLogger(PublicationLoop.class.getName());
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final PublicationStore store;
    private final Publisher publisher;
    private final PublicationSettings settings;
    private final ServedTokens served;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running = true;
    private Thread thread;
    private String lastFailure;
    private Instant lastPrune = Instant.EPOCH;

    @Inject
    PublicationLoop(PublicationStore store, Publisher publisher, PublicationSettings settings, ServedTokens served) {
        this.store = store;
        this.publisher = publisher;
        this.settings = settings;
        this.served = served;
    }

    void start(@Observes @Priority(PersistenceWarmUp.AFTER_DEPLOYMENT) @Initialized(ApplicationScoped.class) Object started) {
        thread = Thread.ofPlatform().name("status-publication").daemon().start(this::run);
    }

    /** A change committed here: publish soon. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListChanged change) {
        wakeUps.release();
    }

    /**
     * Stops the thread and waits for it: a round still running after shutdown would use a
     * persistence unit the container is closing (seen as a failed start of the next container).
     */
    @PreDestroy
    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            try {
                round();
                lastFailure = null;
            } catch (RuntimeException e) {
                // The database or the key-management service is away: the next round tries again,
                // and the log says so once per cause, not twice a second.
                String failure = e.getClass().getName() + ": " + e.getMessage();
                LOG.log(failure.equals(lastFailure) ? Level.FINE : Level.WARNING, "status publication failed: " + failure, e);
                lastFailure = failure;
            }
            try {
                if (wakeUps.tryAcquire(settings.sweep().toMillis(), TimeUnit.MILLISECONDS)) {
                    Thread.sleep(settings.gather().toMillis());
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One round: publish what is due, take what other replicas published, now and then forget old history. */
    void round() {
        if (lastPrune.plus(PRUNE_EVERY).isBefore(Instant.now())) {
            int forgotten = store.forgetExpiredBefore(Instant.now().minus(settings.historyRetention()));
            lastPrune = Instant.now();
            if (forgotten > 0) {
                LOG.info(() -> "forgot " + forgotten + " status list tokens expired over " + settings.historyRetention() + " ago");
            }
        }
        for (String listId : store.due(Instant.now().plus(settings.renewBefore()))) {
            publisher.publish(listId);
        }
        for (PublicationStore.Stored stored : store.stored()) {
            if (stored.version() > served.version(stored.listId())) {
                store.token(stored.listId()).ifPresent(token ->
                        served.offer(publisher.served(token.listId(), stored.uri(), token.version(), token.signed())));
            }
        }
    }
}
