package io.sigillum.trust.evaluation.internal;

import io.sigillum.trust.evaluation.Evaluation;
import io.sigillum.trust.evaluation.Evaluation.Reason;
import io.sigillum.trust.model.CredentialType;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;

/**
 * Evaluates a raw public key: it must be one of the snapshot's key anchors, exactly (by its
 * SubjectPublicKeyInfo). The keys of certificate anchors do not count: a certificate anchor is
 * trusted through its chains.
 */
public final class KeyEvaluation {

    private KeyEvaluation() {
    }

    /**
     * @return the evaluation of the key
     * @throws Refusal when no key anchor is this key
     */
    public static Evaluation evaluate(AnchorIndex index, PublicKey key, CredentialType type, Instant at) throws Refusal {
        List<Holder> holders = index.keyHolders(key);
        if (holders.isEmpty()) {
            throw Refusal.of(Reason.UNKNOWN_ANCHOR, "the key is not an anchor of the snapshot");
        }
        return IssuerDecision.decide(holders, type, at);
    }
}
