package io.sigillum.keymanagement.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts signing operations per caller, key and minute, and writes the counts to the audit trail
 * every few seconds ({@code sigillum.kms.audit.flush-interval}) and at shutdown. One row per
 * signature would cost a database write per signature; a count per minute still tells who used
 * which key when. A crash loses at most one interval of counts, never a lifecycle record (those
 * commit with the change).
 */
@ApplicationScoped
public class SigningTally {

    private static final Logger LOG = Logger.getLogger(SigningTally.class.getName());

    private final KeyAudit audit;
    private final Duration interval;
    private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();
    private ScheduledExecutorService flusher;

    @Inject
    SigningTally(KeyAudit audit, @ConfigProperty(name = "sigillum.kms.audit.flush-interval", defaultValue = "PT5S") Duration interval) {
        this.audit = audit;
        this.interval = interval;
    }

    /** A counted signing operation, as written to the trail. */
    public record Entry(Instant window, String actor, KeyAction action, String kid, String purpose, String scope, int count) {
    }

    private record Key(Instant window, String actor, KeyAction action, String kid, String purpose, String scope) {
    }

    @PostConstruct
    void start() {
        flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kms-audit-flush");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Creating the bean starts the flusher.
    }

    /** Counts {@code operations} signatures (or refusals) by this caller with this key, now. */
    public void count(String actor, KeyAction action, String kid, String purpose, String scope, int operations) {
        Instant window = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        add(new Key(window, actor, action, kid, purpose, scope), operations);
    }

    private void add(Key key, long operations) {
        counts.computeIfAbsent(key, k -> new LongAdder()).add(operations);
    }

    /** Writes what has been counted so far. */
    public synchronized void flush() {
        List<Entry> entries = new ArrayList<>();
        // Adders of past minutes get no more counts (only retries, under this lock), so they can go;
        // the current minute's stay, so a signature counted while we read is not lost.
        Instant current = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        for (Map.Entry<Key, LongAdder> counted : List.copyOf(counts.entrySet())) {
            Key key = counted.getKey();
            long count = counted.getValue().sumThenReset();
            if (key.window().isBefore(current)) {
                counts.remove(key, counted.getValue());
            }
            if (count > 0) {
                entries.add(new Entry(key.window(), key.actor(), key.action(), key.kid(), key.purpose(), key.scope(),
                        (int) Math.min(Integer.MAX_VALUE, count)));
            }
        }
        if (!entries.isEmpty()) {
            try {
                audit.recordAll(entries);
            } catch (RuntimeException e) {
                // Put them back: the next flush tries again rather than losing the trail.
                entries.forEach(entry -> add(new Key(entry.window(), entry.actor(), entry.action(), entry.kid(),
                        entry.purpose(), entry.scope()), entry.count()));
                throw e;
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not write signing counts to the audit trail; will retry: " + e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void stop() {
        flusher.shutdownNow();
        flushQuietly();
    }
}
