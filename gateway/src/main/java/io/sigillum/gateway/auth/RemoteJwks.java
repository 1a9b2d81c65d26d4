package io.sigillum.gateway.auth;

import io.sigillum.crypto.sign.SignatureAlgorithm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The keys of an identity provider's JWKS URL, kept fresh: fetched at start, again every
 * {@code jwks-refresh}, and at once when a token names a {@code kid} the set lacks (the provider
 * may have rotated a new key in), though never sooner than {@code jwks-refetch-interval} after the
 * last fetch, so made-up key ids cannot make the gateway hammer the provider.
 *
 * <p>A fetch that fails, or brings a set that does not load, changes nothing: tokens go on being
 * checked with the last good set. Until a first set is had (the provider was down at start),
 * protected routes are answered 503 ({@link KeysUnavailable}) and the fetch is retried, one
 * second after the failure and then twice as long each time, up to the refetch interval. One
 * fetch runs at a time; requests that wait for it use what it brought.
 *
 * <p>Every change of the set is logged at INFO with the key ids before and after; every failure
 * at WARNING with its reason. Neither logs key material or the document.
 */
final class RemoteJwks implements KeySource {

    private static final Logger LOG = Logger.getLogger(RemoteJwks.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

    private final String name;
    private final FetchJwks fetch;
    private final Set<SignatureAlgorithm> allowed;
    private final JwksFetching settings;
    private final Clock clock;
    private final ReentrantLock fetching = new ReentrantLock();
    private final LongAdder changed = new LongAdder();
    private final LongAdder unchanged = new LongAdder();
    private final LongAdder failed = new LongAdder();

    /** Null until a first set is fetched; from then on the last good one. */
    private volatile VerificationKeys keys;
    private volatile Instant lastAttempt;
    private volatile Instant lastSuccess;

    /**
     * @param name  the location, for logs (no user info or query)
     * @param clock when fetches happened, for the rate limit on unknown key ids
     */
    RemoteJwks(String name, FetchJwks fetch, Set<SignatureAlgorithm> allowed, JwksFetching settings, Clock clock) {
        this.name = name;
        this.fetch = fetch;
        this.allowed = Set.copyOf(allowed);
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Fetches once now, then schedules the refreshes on the executor. The gateway starts whether or
     * not this first fetch succeeds; the open routes need no keys.
     */
    void start(ScheduledExecutorService scheduler) {
        boolean fetched = refresh();
        schedule(scheduler, fetched ? settings.refresh() : FIRST_RETRY);
    }

    private void schedule(ScheduledExecutorService scheduler, Duration delay) {
        scheduler.schedule(() -> {
            boolean fetched = refresh();
            schedule(scheduler, fetched ? settings.refresh() : backoff(delay));
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** After a failure: one second, then twice the last wait, at most the refetch interval. */
    private Duration backoff(Duration last) {
        Duration next = last.compareTo(settings.refresh()) >= 0 ? FIRST_RETRY : last.multipliedBy(2);
        return next.compareTo(settings.refetchInterval()) > 0 ? settings.refetchInterval() : next;
    }

    @Override
    public VerificationKeys current() throws KeysUnavailable {
        VerificationKeys known = keys;
        return known != null ? known : afterUnknownKeyId();
    }

    @Override
    public VerificationKeys held() {
        return keys;
    }

    @Override
    public VerificationKeys afterUnknownKeyId() throws KeysUnavailable {
        VerificationKeys known = refreshIfAllowed();
        if (known == null) {
            throw new KeysUnavailable(untilNextAllowedFetch());
        }
        return known;
    }

    /**
     * The scheduled refresh: fetches now, whenever the last fetch was.
     *
     * @return whether this fetch brought a usable set
     */
    boolean refresh() {
        fetching.lock();
        try {
            return fetchNow();
        } finally {
            fetching.unlock();
        }
    }

    /** Fetches unless the last fetch began less than the refetch interval ago; the keys afterwards. */
    private VerificationKeys refreshIfAllowed() {
        fetching.lock();
        try {
            if (untilNextAllowedFetch().isZero()) {
                fetchNow();
            }
            return keys;
        } finally {
            fetching.unlock();
        }
    }

    private Duration untilNextAllowedFetch() {
        Instant last = lastAttempt;
        if (last == null) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(clock.instant(), last.plus(settings.refetchInterval()));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** Called with the lock held. */
    private boolean fetchNow() {
        lastAttempt = clock.instant();
        VerificationKeys fetched;
        try {
            fetched = VerificationKeys.parse(fetch.fetch(), allowed);
        } catch (JwksFetchFailed | RuntimeException e) {
            failed.increment();
            VerificationKeys kept = keys;
            LOG.warning("JWKS " + name + ": refresh failed: " + e.getMessage() + "; "
                    + (kept == null ? "protected routes answer 503 until a fetch succeeds"
                            : "still verifying with the " + kept.size() + " keys " + kept.keyIds() + " fetched at " + lastSuccess));
            return false;
        }
        lastSuccess = clock.instant();
        VerificationKeys before = keys;
        if (fetched.sameAs(before)) {
            unchanged.increment();
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine("JWKS " + name + ": unchanged, keys " + fetched.keyIds());
            }
            return true;
        }
        keys = fetched;
        changed.increment();
        LOG.info("JWKS " + name + ": key set changed: keys " + fetched.keyIds()
                + (before == null ? " (the first set)" : ", were " + before.keyIds()));
        return true;
    }

    @Override
    public String prometheus() {
        VerificationKeys known = keys;
        Instant success = lastSuccess;
        return "# HELP sigillum_gateway_jwks_fetches_total JWKS fetches by outcome: the key set changed, was unchanged, "
                + "or the fetch failed (the last good set is kept).\n"
                + "# TYPE sigillum_gateway_jwks_fetches_total counter\n"
                + "sigillum_gateway_jwks_fetches_total{outcome=\"changed\"} " + changed.sum() + "\n"
                + "sigillum_gateway_jwks_fetches_total{outcome=\"unchanged\"} " + unchanged.sum() + "\n"
                + "sigillum_gateway_jwks_fetches_total{outcome=\"failed\"} " + failed.sum() + "\n"
                + "# HELP sigillum_gateway_jwks_keys Keys bearer tokens are verified with (0 until a JWKS has been fetched).\n"
                + "# TYPE sigillum_gateway_jwks_keys gauge\n"
                + "sigillum_gateway_jwks_keys " + (known == null ? 0 : known.size()) + "\n"
                + "# HELP sigillum_gateway_jwks_last_success_seconds When the JWKS was last fetched and loaded (Unix time; 0 never).\n"
                + "# TYPE sigillum_gateway_jwks_last_success_seconds gauge\n"
                + "sigillum_gateway_jwks_last_success_seconds " + (success == null ? 0 : success.getEpochSecond()) + "\n";
    }
}
