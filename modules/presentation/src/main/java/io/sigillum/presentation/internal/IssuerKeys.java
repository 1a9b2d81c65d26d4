package io.sigillum.presentation.internal;

import com.nimbusds.jose.JWSHeader;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.presentation.FailureReason;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link IssuerKey}s of the issuers seen lately, by the exact text of the Issuer-signed JWT's
 * header: an issuer signs every credential with the same header ({@code alg}, {@code typ},
 * {@code kid}, {@code x5c}), so decoding the header, reading the certificate and evaluating its trust
 * happen once per header (the trust once per {@link TrustMemo#LIFETIME}), not once per presentation.
 * The signature check still reads the header again, strictly. Refused headers are not remembered.
 * Bounded: when full it starts over, which costs one re-read per header. Thread-safe.
 */
public final class IssuerKeys {

    private final int maxEntries;
    private final Set<SignatureAlgorithm> allowed;
    private final Map<String, IssuerKey> keys = new ConcurrentHashMap<>();

    /**
     * @param maxEntries the most headers remembered
     * @param allowed    the algorithms a header may name
     */
    public IssuerKeys(int maxEntries, Set<SignatureAlgorithm> allowed) {
        this.maxEntries = maxEntries;
        this.allowed = Set.copyOf(allowed);
    }

    /**
     * @param headerSegment the first part of an Issuer-signed JWT: the base64url of its header
     * @return the key of its {@code x5c} leaf, read now or remembered
     * @throws Refusal {@link FailureReason#MALFORMED} for an unreadable header,
     *                 {@link FailureReason#ALGORITHM_NOT_ALLOWED} for an {@code alg} not allowed,
     *                 {@link FailureReason#ISSUER_UNTRUSTED} when there is no {@code x5c} or its leaf
     *                 cannot be read or its key used
     */
    public IssuerKey of(String headerSegment) throws Refusal {
        IssuerKey key = keys.get(headerSegment);
        if (key != null) {
            return key;
        }
        JWSHeader header = JoseHeaders.signedHeaderOf(headerSegment, allowed);
        key = IssuerKey.of(JoseHeaders.withLeaf(JoseHeaders.x5c(header, FailureReason.ISSUER_UNTRUSTED), FailureReason.ISSUER_UNTRUSTED));
        if (keys.size() >= maxEntries) {
            keys.clear();
        }
        keys.put(headerSegment, key);
        return key;
    }
}
