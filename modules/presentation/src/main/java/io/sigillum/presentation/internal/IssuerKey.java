package io.sigillum.presentation.internal;

import io.sigillum.crypto.sign.Verifier;
import io.sigillum.presentation.FailureReason;
import io.sigillum.trust.evaluation.Evaluation;
import io.sigillum.trust.evaluation.TrustEvaluator;
import io.sigillum.trust.model.CredentialType;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a verifier derives from an issuer's {@code x5c} once and reuses for every credential that
 * carries the same chain: the leaf read, its key as a {@link Verifier}, the names it certifies, and
 * the trust evaluations per credential type ({@link TrustMemo}). Thread-safe.
 */
public final class IssuerKey {

    /** More types than this for one chain is not normal use; the memo starts over rather than grow. */
    private static final int MAX_MEMOS = 64;

    private final SignerChain.X5c chain;
    private final Verifier verifier;
    private final IssuerNames names;
    private final Map<String, TrustMemo> trust = new ConcurrentHashMap<>();

    private IssuerKey(SignerChain.X5c chain, Verifier verifier, IssuerNames names) {
        this.chain = chain;
        this.verifier = verifier;
        this.names = names;
    }

    /**
     * @param chain the issuer's chain, leaf read
     * @return its key
     * @throws Refusal {@link FailureReason#ISSUER_UNTRUSTED} when the leaf's key is of a kind no signature algorithm here uses
     */
    public static IssuerKey of(SignerChain.X5c chain) throws Refusal {
        Verifier verifier;
        try {
            verifier = Verifier.of(chain.leaf().getPublicKey());
        } catch (IllegalArgumentException e) {
            throw new Refusal(FailureReason.ISSUER_UNTRUSTED, "the x5c leaf's key is of an unsupported kind");
        }
        return new IssuerKey(chain, verifier, IssuerNames.of(chain.leaf()));
    }

    /** @return the leaf's key */
    public Verifier verifier() {
        return verifier;
    }

    /** @return the names the leaf certifies */
    public IssuerNames names() {
        return names;
    }

    /**
     * @param evaluator the current trust evaluator
     * @param vct       the credential's type
     * @param now       the time of verification
     * @return what the trust snapshot says of the chain for that type, remembered
     */
    public Evaluation trust(TrustEvaluator evaluator, String vct, Instant now) {
        TrustMemo memo = trust.get(vct);
        if (memo != null && memo.standsFor(evaluator, now)) {
            return memo.evaluation();
        }
        Evaluation evaluation = chain.evaluate(evaluator, CredentialType.vct(vct), now);
        if (trust.size() >= MAX_MEMOS) {
            trust.clear();
        }
        trust.put(vct, new TrustMemo(evaluator, now, evaluation));
        return evaluation;
    }
}
