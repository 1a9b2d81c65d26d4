package io.sigillum.verification.transaction;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends transactions that expired unanswered, every {@code sigillum.verification.expiry-sweep}
 * (one minute by default): their state becomes {@code expired} and the private key a wallet would
 * have encrypted to is erased. Transactions whose expiry is older than
 * {@code sigillum.verification.retention} (thirty minutes by default) are deleted with their
 * outcome: verified claims are not kept once the relying party has had time to read them. Every
 * replica sweeps; both statements are idempotent.
 */
@ApplicationScoped
public class ExpiredTransactions {

    private static final Logger LOG = Logger.getLogger(ExpiredTransactions.class.getName());

    private final PresentationTransactions transactions;
    private final Duration interval;
    private final Duration retention;
    private ScheduledExecutorService scheduler;

    @Inject
    ExpiredTransactions(PresentationTransactions transactions,
                        @ConfigProperty(name = "sigillum.verification.expiry-sweep", defaultValue = "PT1M") Duration interval,
                        @ConfigProperty(name = "sigillum.verification.retention", defaultValue = "PT30M") Duration retention) {
        this.transactions = transactions;
        this.interval = interval;
        this.retention = retention;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("transaction-expiry").factory());
        scheduler.scheduleWithFixedDelay(this::sweepQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Expires what is due now; called through the bean's proxy so that it runs in a transaction. */
    @Transactional
    public int sweep() {
        Instant now = Instant.now();
        int deleted = transactions.deleteExpiredBefore(now.minus(retention));
        if (deleted > 0) {
            LOG.fine(() -> deleted + " transactions past their retention deleted");
        }
        return transactions.expireBefore(now);
    }

    private void sweepQuietly() {
        try {
            int expired = CDI.current().select(ExpiredTransactions.class).get().sweep();
            if (expired > 0) {
                LOG.fine(() -> expired + " transactions expired unanswered");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "expired transactions not swept: {0}", e.getMessage());
        }
    }
}
