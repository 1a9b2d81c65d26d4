package io.sigillum.trust.evaluation;

import io.sigillum.trust.evaluation.internal.AnchorIndex;
import io.sigillum.trust.evaluation.internal.ChainEvaluation;
import io.sigillum.trust.evaluation.internal.ChainGuards;
import io.sigillum.trust.evaluation.internal.KeyEvaluation;
import io.sigillum.trust.evaluation.internal.Refusal;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trust.model.TrustSnapshot;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Answers whether a certificate chain or a public key is trusted for a credential type at a
 * time, against one {@link TrustSnapshot}.
 *
 * <p>Built once per snapshot ({@link #of}): the anchors are indexed by certificate, subject name
 * and key, and the PKIX trust anchors are made then, so that each evaluation is a few lookups and
 * one PKIX validation of the path. Immutable and thread-safe: verifiers keep one per cached
 * snapshot and replace it when the snapshot changes.
 *
 * <p>Chains are given leaf first, as an {@code x5c} carries them; the root may be absent. They go
 * through the JDK's PKIX validator (signatures, name chaining, validity at the time, basic
 * constraints, path length, CA key usage), without revocation checking. Untrusted input is
 * bounded before any signature is verified: at most {@link #MAX_CHAIN_LENGTH} certificates of at
 * most {@link #MAX_CERTIFICATE_BYTES} bytes each, no subject twice (a loop), chained by name.
 *
 * <p>How the anchor and the issuer are found:
 * <ul>
 *   <li>the anchor nearest the leaf wins: a registered intermediate in the chain before the root
 *       it was issued by; the issuers of further anchors are not consulted, so suspending the
 *       intermediate's issuer is not undone by an active issuer of the root;</li>
 *   <li>a leaf registered as a {@code LEAF} anchor is trusted alone (pinned), within its
 *       validity and if its key usage allows signatures; a CA anchor presented as the leaf is
 *       {@link Evaluation.Reason#CHAIN_INVALID};</li>
 *   <li>an anchor held by several issuers (a shared root) speaks for the one issuer trusted for
 *       the type at the time; if several are, the answer is
 *       {@link Evaluation.Reason#AMBIGUOUS_ISSUER}.</li>
 * </ul>
 */
public final class TrustEvaluator {

    /** The most certificates a chain may hold. */
    public static final int MAX_CHAIN_LENGTH = ChainGuards.MAX_CHAIN_LENGTH;
    /** The largest DER certificate accepted, in bytes. */
    public static final int MAX_CERTIFICATE_BYTES = ChainGuards.MAX_CERTIFICATE_BYTES;

    private final TrustSnapshot snapshot;
    private final AnchorIndex index;

    private TrustEvaluator(TrustSnapshot snapshot) {
        this.snapshot = snapshot;
        this.index = AnchorIndex.of(snapshot);
    }

    /** @return an evaluator for the snapshot, its anchors indexed */
    public static TrustEvaluator of(TrustSnapshot snapshot) {
        return new TrustEvaluator(Objects.requireNonNull(snapshot, "snapshot"));
    }

    /** @return the snapshot this evaluator answers for */
    public TrustSnapshot snapshot() {
        return snapshot;
    }

    /**
     * @param x5c  a JOSE {@code x5c} value: standard base64 of DER, leaf first (RFC 7515 §4.1.6)
     * @param type the credential type the chain's leaf signed
     * @param at   the time to evaluate at, e.g. the credential's issuance or the verification time
     * @return the evaluation; {@link Evaluation.Reason#MALFORMED} for an item that is not base64 of
     *         exactly one DER certificate
     */
    public Evaluation evaluateX5c(List<String> x5c, CredentialType type, Instant at) {
        requireArguments(type, at);
        try {
            return ChainEvaluation.evaluate(index, ChainGuards.decodeX5c(x5c), type, at);
        } catch (Refusal refusal) {
            return refusal.outcome();
        }
    }

    /**
     * @param der  the DER of each certificate, leaf first, as a COSE {@code x5chain} carries them (RFC 9360)
     * @param type the credential type the chain's leaf signed
     * @param at   the time to evaluate at
     * @return the evaluation
     */
    public Evaluation evaluateDer(List<byte[]> der, CredentialType type, Instant at) {
        requireArguments(type, at);
        try {
            return ChainEvaluation.evaluate(index, ChainGuards.decodeDer(der), type, at);
        } catch (Refusal refusal) {
            return refusal.outcome();
        }
    }

    /**
     * @param chain certificates, leaf first; the root may be absent
     * @param type  the credential type the chain's leaf signed
     * @param at    the time to evaluate at
     * @return the evaluation
     */
    public Evaluation evaluateChain(List<X509Certificate> chain, CredentialType type, Instant at) {
        requireArguments(type, at);
        try {
            return ChainEvaluation.evaluate(index, chain, type, at);
        } catch (Refusal refusal) {
            return refusal.outcome();
        }
    }

    /**
     * @param key  a public key, e.g. from the issuer's JWKS; it must be one of the snapshot's key
     *             anchors (the keys of certificate anchors do not count)
     * @param type the credential type the key signed
     * @param at   the time to evaluate at
     * @return the evaluation
     */
    public Evaluation evaluateKey(PublicKey key, CredentialType type, Instant at) {
        Objects.requireNonNull(key, "key");
        requireArguments(type, at);
        try {
            return KeyEvaluation.evaluate(index, key, type, at);
        } catch (Refusal refusal) {
            return refusal.outcome();
        }
    }

    private static void requireArguments(CredentialType type, Instant at) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }
}
