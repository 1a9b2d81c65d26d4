package io.sigillum.presentation.internal;

import io.sigillum.presentation.FailureReason;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link IssuerKey}s of the issuer chains seen lately, by their exact {@code x5c}: a handful of
 * issuers sign most credentials, so reading the certificate and evaluating its trust once per chain
 * (and per {@link TrustMemo#LIFETIME}) takes PKIX off the hot path. Bounded: when full it starts
 * over, which costs one re-read per chain. Thread-safe.
 */
public final class IssuerKeys {

    private final int maxEntries;
    private final Map<List<String>, IssuerKey> keys = new ConcurrentHashMap<>();

    /** @param maxEntries the most chains remembered */
    public IssuerKeys(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /**
     * @param x5c an issuer-signed JWT's {@code x5c}, leaf first
     * @return its key, read now or remembered
     * @throws Refusal {@link FailureReason#ISSUER_UNTRUSTED} when the leaf cannot be read or its key used
     */
    public IssuerKey of(List<String> x5c) throws Refusal {
        IssuerKey key = keys.get(x5c);
        if (key != null) {
            return key;
        }
        key = IssuerKey.of(JoseHeaders.withLeaf(x5c, FailureReason.ISSUER_UNTRUSTED));
        if (keys.size() >= maxEntries) {
            keys.clear();
        }
        keys.put(List.copyOf(x5c), key);
        return key;
    }
}
