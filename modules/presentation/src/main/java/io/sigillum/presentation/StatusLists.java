package io.sigillum.presentation;

import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.presentation.internal.CachedStatusList;
import io.sigillum.presentation.internal.Refusal;
import io.sigillum.presentation.internal.StatusTokenReader;
import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.list.DecodeLimits;
import io.sigillum.statuslist.list.Status;
import io.sigillum.statuslist.reference.StatusReference;
import io.sigillum.statuslist.token.StatusListTokenVerifier;
import io.sigillum.trust.evaluation.Evaluation;
import io.sigillum.trust.evaluation.TrustEvaluator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Verified Status List Tokens (draft-ietf-oauth-status-list), fetched through a
 * {@link StatusListFetcher} when first needed and kept until their {@code ttl} (§8.3 step 4d; a
 * default when they have none, never past {@code exp}); when a refetch fails, the copy held is
 * served until its {@code exp} (the verifier keeps working while the status service is down, and
 * {@link #stats()} says so), trying again at most every {@code retryAfterFailure} (10 s by default)
 * meanwhile. {@link #invalidate(URI)} makes the next use refetch, as when a
 * {@code status.published} event arrives.
 *
 * <p>A token is verified once, when fetched: signature with the key of its {@code x5c} leaf (an
 * allowed algorithm; {@code none} and MACs refused), {@code typ}, {@code sub} equal to the URI, within
 * {@code exp}. Whether its signer may speak for a credential is decided per credential: the chain
 * must be trusted by the trust snapshot for the credential's {@code vct} and lead to the
 * <em>same</em> issuer as the credential's chain, so one trusted issuer cannot revoke or reinstate
 * another's credentials.
 *
 * <p>Thread-safe. One fetch at a time per URI: concurrent callers needing the same list wait for it.
 */
public final class StatusLists {

    /** Fetches of different URIs run in parallel up to this many stripes. */
    private static final int LOCK_STRIPES = 64;

    private final StatusListFetcher fetcher;
    private final Clock clock;
    private final StatusTokenReader reader;
    private final int maxEntries;
    private final Duration defaultTtl;
    private final Duration staleWithoutExpiry;
    private final Duration retryAfterFailure;
    private final Map<String, CachedStatusList> entries = new ConcurrentHashMap<>();
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];
    private final LongAdder fetched = new LongAdder();
    private final LongAdder servedFromCache = new LongAdder();
    private final LongAdder servedStale = new LongAdder();
    private final LongAdder failures = new LongAdder();

    private StatusLists(Builder builder) {
        this.fetcher = builder.fetcher;
        this.clock = builder.clock;
        this.maxEntries = builder.maxEntries;
        this.defaultTtl = builder.defaultTtl;
        this.staleWithoutExpiry = builder.staleWithoutExpiry;
        this.retryAfterFailure = builder.retryAfterFailure;
        StatusListTokenVerifier verifier = StatusListTokenVerifier.builder()
                .clock(clock)
                .clockSkew(builder.clockSkew)
                .allowedAlgorithms(builder.allowedAlgorithms)
                .limits(builder.decodeLimits)
                .build();
        this.reader = new StatusTokenReader(verifier, builder.allowedAlgorithms);
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * @param fetcher fetches tokens
     * @param clock   the clock of freshness, {@code exp} and the signer's trust
     * @return the cache with the defaults of {@link #builder}
     */
    public static StatusLists create(StatusListFetcher fetcher, Clock clock) {
        return builder(fetcher, clock).build();
    }

    /**
     * @param fetcher fetches tokens
     * @param clock   the clock of freshness, {@code exp} and the signer's trust
     * @return a builder: at most 1,000 lists, 5 minutes when a token has no {@code ttl}, 1 hour of
     *         fallback past freshness for a token without {@code exp}, ES256, 60 s of skew, the
     *         default decode limits (16 MiB inflated)
     */
    public static Builder builder(StatusListFetcher fetcher, Clock clock) {
        return new Builder(fetcher, clock);
    }

    /**
     * Makes the next use of this list refetch it. The copy held stays as the fallback should that
     * refetch fail, within its {@code exp}.
     *
     * @param uri the list's URI, as credentials reference it
     */
    public void invalidate(URI uri) {
        entries.computeIfPresent(uri.toString(), (key, entry) -> entry.invalidated());
    }

    /** @return the counts so far, for health and metrics */
    public Stats stats() {
        return new Stats(fetched.sum(), servedFromCache.sum(), servedStale.sum(), failures.sum(), entries.size());
    }

    /**
     * The counts of a {@link StatusLists}.
     *
     * @param fetched         tokens fetched and verified
     * @param servedFromCache lookups answered from a fresh cached token
     * @param servedStale     lookups answered from a cached token past its freshness because the refetch failed
     * @param failures        fetches or verifications that failed
     * @param entries         tokens held now
     */
    public record Stats(long fetched, long servedFromCache, long servedStale, long failures, int entries) {
    }

    /** The answer to a status lookup. */
    public sealed interface Lookup {

        /**
         * The list says this.
         *
         * @param status the entry's status
         */
        record Known(Status status) implements Lookup {

            /** Checks the status is there. */
            public Known {
                Objects.requireNonNull(status, "status");
            }
        }

        /**
         * The status cannot be established.
         *
         * @param detail why, one line
         */
        record Unknown(String detail) implements Lookup {

            /** Checks the detail is there. */
            public Unknown {
                Objects.requireNonNull(detail, "detail");
            }
        }
    }

    /**
     * The status of a credential's entry, from a token whose signer the trust snapshot ties to the
     * credential's own issuer for its type.
     *
     * @param reference the credential's {@code status_list} entry
     * @param issuerId  the trusted issuer the credential's chain led to
     * @param vct       the credential's type
     * @param trust     the current trust evaluator
     * @return the status, or why it is unknown; never an exception for bad input or a failing fetcher
     */
    public Lookup lookup(StatusReference reference, String issuerId, String vct, TrustEvaluator trust) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(vct, "vct");
        Objects.requireNonNull(trust, "trust");
        Instant now = clock.instant();
        String key = reference.uri().toString();
        CachedStatusList entry = entries.get(key);
        if (entry != null && entry.freshAt(now)) {
            servedFromCache.increment();
        } else if (entry != null && entry.backingOffAt(now) && entry.usableAt(now)) {
            // A refetch failed a moment ago: do not make every presentation wait on a source that is down.
            servedStale.increment();
        } else {
            Object held = refreshed(key, reference.uri(), now);
            if (held instanceof Lookup.Unknown unknown) {
                return unknown;
            }
            entry = (CachedStatusList) held;
        }
        return statusOf(entry, reference, issuerId, vct, trust, now);
    }

    /** @return the entry to use, or why there is none */
    private Object refreshed(String key, URI uri, Instant now) {
        ReentrantLock lock = locks[Math.floorMod(key.hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            CachedStatusList entry = entries.get(key);
            if (entry != null && entry.freshAt(now)) {
                // Another caller refetched it while this one waited.
                servedFromCache.increment();
                return entry;
            }
            try {
                CachedStatusList fresh = CachedStatusList.of(read(uri, fetch(uri)), now, defaultTtl, staleWithoutExpiry);
                fetched.increment();
                store(key, fresh, now);
                return fresh;
            } catch (Refusal refusal) {
                failures.increment();
                if (entry != null && entry.usableAt(now)) {
                    servedStale.increment();
                    entries.put(key, entry.retryingAfter(now.plus(retryAfterFailure)));
                    return entry;
                }
                return new Lookup.Unknown(refusal.getMessage());
            }
        } finally {
            lock.unlock();
        }
    }

    private FetchedStatusList fetch(URI uri) throws Refusal {
        try {
            FetchedStatusList fetchedList = fetcher.fetch(uri);
            if (fetchedList == null) {
                throw new Refusal(FailureReason.STATUS_UNKNOWN, "the status list at " + uri + " could not be fetched: no response");
            }
            return fetchedList;
        } catch (StatusFetchException e) {
            throw new Refusal(FailureReason.STATUS_UNKNOWN, "the status list at " + uri + " could not be fetched: " + e.getMessage());
        } catch (RuntimeException e) {
            // A fetcher's bug or a fault-tolerance rejection must not become the verifier's exception.
            throw new Refusal(FailureReason.STATUS_UNKNOWN, "the status list at " + uri + " could not be fetched: "
                    + e.getClass().getSimpleName());
        }
    }

    private StatusTokenReader.Verified read(URI uri, FetchedStatusList fetchedList) throws Refusal {
        try {
            return reader.read(uri, fetchedList);
        } catch (RuntimeException e) {
            // The readers refuse bad tokens with their own exceptions; whatever else a hostile token
            // provokes is still a token that cannot be used, never the verifier's exception.
            throw new Refusal(FailureReason.STATUS_UNKNOWN, "the status list token from " + uri + " could not be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private void store(String key, CachedStatusList entry, Instant now) {
        if (!entries.containsKey(key) && entries.size() >= maxEntries) {
            entries.values().removeIf(held -> !held.usableAt(now));
            if (entries.size() >= maxEntries) {
                entries.entrySet().stream()
                        .min((a, b) -> a.getValue().fetchedAt().compareTo(b.getValue().fetchedAt()))
                        .ifPresent(oldest -> entries.remove(oldest.getKey()));
            }
        }
        entries.put(key, entry);
    }

    private static Lookup statusOf(CachedStatusList entry, StatusReference reference, String issuerId, String vct,
                                   TrustEvaluator trust, Instant now) {
        Evaluation signer = entry.signerTrust(trust, vct, now);
        if (!(signer instanceof Evaluation.Trusted trusted)) {
            Evaluation.NotTrusted refused = (Evaluation.NotTrusted) signer;
            return new Lookup.Unknown("the status list's signer is not trusted for " + vct + " (" + refused.reason() + ")");
        }
        if (!trusted.issuer().id().equals(issuerId)) {
            return new Lookup.Unknown("the status list is signed for issuer " + trusted.issuer().id()
                    + ", not the credential's issuer " + issuerId);
        }
        try {
            return new Lookup.Known(entry.token().statusOf(reference));
        } catch (StatusListException e) {
            return new Lookup.Unknown("the status list holds no statement for the credential (" + e.reason() + ")");
        }
    }

    /** Configures {@link StatusLists}. Not thread-safe. */
    public static final class Builder {
        private final StatusListFetcher fetcher;
        private final Clock clock;
        private int maxEntries = 1_000;
        private Duration defaultTtl = Duration.ofMinutes(5);
        private Duration staleWithoutExpiry = Duration.ofHours(1);
        private Duration retryAfterFailure = Duration.ofSeconds(10);
        private Duration clockSkew = Duration.ofSeconds(60);
        private Set<SignatureAlgorithm> allowedAlgorithms = EnumSet.of(SignatureAlgorithm.ES256);
        private DecodeLimits decodeLimits = DecodeLimits.defaults();

        private Builder(StatusListFetcher fetcher, Clock clock) {
            this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /** @param maxEntries the most tokens held, at least 1; the oldest goes first when full */
        public Builder maxEntries(int maxEntries) {
            if (maxEntries < 1) {
                throw new IllegalArgumentException("maxEntries is at least 1");
            }
            this.maxEntries = maxEntries;
            return this;
        }

        /** @param ttl how long a token without {@code ttl} is used before refetching, positive */
        public Builder defaultTtl(Duration ttl) {
            this.defaultTtl = positive(ttl, "defaultTtl");
            return this;
        }

        /** @param stale how long past its freshness a token without {@code exp} may serve when refetching fails, not negative */
        public Builder staleWithoutExpiry(Duration stale) {
            if (stale.isNegative()) {
                throw new IllegalArgumentException("staleWithoutExpiry is not negative");
            }
            this.staleWithoutExpiry = stale;
            return this;
        }

        /**
         * @param wait how long a held copy serves without a new attempt after a refetch failed, not
         *             negative; zero tries again at every use
         */
        public Builder retryAfterFailure(Duration wait) {
            if (wait.isNegative()) {
                throw new IllegalArgumentException("retryAfterFailure is not negative");
            }
            this.retryAfterFailure = wait;
            return this;
        }

        /** @param skew how far the status issuer's clock may differ from ours for {@code exp}, {@code iat}, {@code nbf} */
        public Builder clockSkew(Duration skew) {
            if (skew.isNegative()) {
                throw new IllegalArgumentException("clockSkew is not negative");
            }
            this.clockSkew = skew;
            return this;
        }

        /** @param algorithms the signature algorithms accepted for tokens, not empty */
        public Builder allowedAlgorithms(Set<SignatureAlgorithm> algorithms) {
            if (algorithms.isEmpty()) {
                throw new IllegalArgumentException("at least one algorithm is allowed");
            }
            this.allowedAlgorithms = Set.copyOf(algorithms);
            return this;
        }

        /** @param limits how large a list may inflate */
        public Builder decodeLimits(DecodeLimits limits) {
            this.decodeLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** @return the cache */
        public StatusLists build() {
            return new StatusLists(this);
        }

        private static Duration positive(Duration duration, String name) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " is positive");
            }
            return duration;
        }
    }
}
