package io.sigillum.presentation.internal;

import io.sigillum.statuslist.token.StatusListToken;
import io.sigillum.trust.evaluation.Evaluation;
import io.sigillum.trust.evaluation.TrustEvaluator;
import io.sigillum.trust.model.CredentialType;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A verified Status List Token in the cache: used as is until {@code freshUntil} (its {@code ttl},
 * draft-ietf-oauth-status-list §8.3 step 4d, or the caller's default, never past {@code exp}), then
 * refetched; while a refetch fails it may still serve until {@code usableUntil} (its {@code exp}).
 * The trust evaluations of its signer's chain are remembered per credential type. Thread-safe; the
 * token and the times never change once made.
 */
public final class CachedStatusList {

    /** More types than this for one list is not normal use; the memo starts over rather than grow. */
    private static final int MAX_MEMOS = 64;

    private final StatusTokenReader.Verified verified;
    private final Instant fetchedAt;
    private final Instant freshUntil;
    private final Instant usableUntil;
    private final Instant retryAfter;
    private final Map<String, TrustMemo> trust;

    private CachedStatusList(StatusTokenReader.Verified verified, Instant fetchedAt, Instant freshUntil, Instant usableUntil,
                             Instant retryAfter, Map<String, TrustMemo> trust) {
        this.verified = verified;
        this.fetchedAt = fetchedAt;
        this.freshUntil = freshUntil;
        this.usableUntil = usableUntil;
        this.retryAfter = retryAfter;
        this.trust = trust;
    }

    /**
     * @param verified             the token just verified
     * @param fetchedAt            when it was fetched
     * @param defaultTtl           how long to use it when it has no {@code ttl}
     * @param staleWithoutExpiry   how long past its freshness it may serve after a failed refetch
     *                             when it has no {@code exp}
     * @return the cache entry
     */
    public static CachedStatusList of(StatusTokenReader.Verified verified, Instant fetchedAt, Duration defaultTtl,
                                      Duration staleWithoutExpiry) {
        StatusListToken token = verified.token();
        Instant fresh = fetchedAt.plus(token.timeToLive().orElse(defaultTtl));
        Instant usable = token.expiresAt().orElse(fresh.plus(staleWithoutExpiry));
        if (fresh.isAfter(usable)) {
            fresh = usable;
        }
        return new CachedStatusList(verified, fetchedAt, fresh, usable, Instant.MIN, new ConcurrentHashMap<>());
    }

    /** @return the verified token */
    public StatusListToken token() {
        return verified.token();
    }

    /** @return when it was fetched */
    public Instant fetchedAt() {
        return fetchedAt;
    }

    /** @return whether it may be used without refetching at {@code now} */
    public boolean freshAt(Instant now) {
        return now.isBefore(freshUntil);
    }

    /** @return whether it may still serve at {@code now} when a refetch fails */
    public boolean usableAt(Instant now) {
        return now.isBefore(usableUntil);
    }

    /** @return this entry, no longer fresh (to be refetched at next use), still usable as a fallback */
    public CachedStatusList invalidated() {
        return new CachedStatusList(verified, fetchedAt, Instant.MIN, usableUntil, Instant.MIN, trust);
    }

    /** @return this entry, serving as the fallback without refetching until {@code retryAfter} */
    public CachedStatusList retryingAfter(Instant retryAfter) {
        return new CachedStatusList(verified, fetchedAt, freshUntil, usableUntil, retryAfter, trust);
    }

    /** @return whether a refetch failed lately, so the held copy serves without another attempt until then */
    public boolean backingOffAt(Instant now) {
        return now.isBefore(retryAfter);
    }

    /**
     * @param evaluator the current trust evaluator
     * @param vct       the type of the credential whose status is asked
     * @param now       the time
     * @return what the trust snapshot says of the signer's chain for that type, remembered (see {@link TrustMemo})
     */
    public Evaluation signerTrust(TrustEvaluator evaluator, String vct, Instant now) {
        Objects.requireNonNull(evaluator, "evaluator");
        TrustMemo memo = trust.get(vct);
        if (memo != null && memo.standsFor(evaluator, now)) {
            return memo.evaluation();
        }
        Evaluation evaluation = verified.signer().evaluate(evaluator, CredentialType.vct(vct), now);
        if (trust.size() >= MAX_MEMOS) {
            trust.clear();
        }
        trust.put(vct, new TrustMemo(evaluator, now, evaluation));
        return evaluation;
    }
}
