package io.sigillum.trust.evaluation.internal;

import io.sigillum.crypto.x509.PathValidation;
import io.sigillum.trust.evaluation.Evaluation;
import io.sigillum.trust.evaluation.Evaluation.Reason;
import io.sigillum.trust.model.CredentialType;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a certificate chain, leaf first, against the index:
 * <ol>
 *   <li>its shape ({@link ChainGuards});</li>
 *   <li>a leaf that is itself a pinned {@code LEAF} anchor is checked alone: its validity at the
 *       time and its key usage; a leaf that is a CA anchor is refused;</li>
 *   <li>otherwise the nearest CA anchor wins: the first certificate after the leaf that has the
 *       name and key of a registered CA anchor (the anchor itself, or it re-issued), or else the anchors named as the issuer of the last certificate
 *       (the root may be absent from an {@code x5c}); a last certificate that is self-issued but
 *       not registered is an unknown root, whatever its name;</li>
 *   <li>the path up to that anchor goes through PKIX; certificates after the anchor are not used;</li>
 *   <li>the anchor certificate must be valid at the time; then {@link IssuerDecision}.</li>
 * </ol>
 */
public final class ChainEvaluation {

    private ChainEvaluation() {
    }

    /**
     * @return the evaluation of the chain
     * @throws Refusal when the chain is refused before an issuer decision
     */
    public static Evaluation evaluate(AnchorIndex index, List<X509Certificate> chain, CredentialType type, Instant at)
            throws Refusal {
        ChainGuards.requireShape(chain);
        X509Certificate leaf = chain.get(0);
        List<Holder> pinned = index.pinnedHolders(leaf);
        if (!pinned.isEmpty()) {
            List<Holder> valid = AnchorGroup.validAt(pinned, at);
            LeafKeyUsage.requireDigitalSignature(leaf);
            return IssuerDecision.decide(valid, type, at);
        }
        if (index.caGroupOf(leaf).isPresent()) {
            throw Refusal.of(Reason.CHAIN_INVALID, "the leaf is a CA trust anchor; only LEAF anchors are pinned");
        }
        LeafKeyUsage.requireDigitalSignature(leaf);
        for (int i = 1; i < chain.size(); i++) {
            Optional<AnchorGroup> group = index.caGroupOf(chain.get(i));
            if (group.isPresent()) {
                return validate(List.of(group.get()), chain.subList(0, i), type, at);
            }
        }
        X509Certificate last = chain.get(chain.size() - 1);
        if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
            // A root that is not registered, perhaps one named like a registered one: nothing to validate against.
            throw Refusal.of(Reason.UNKNOWN_ANCHOR, "the chain ends at a root the snapshot does not hold");
        }
        List<AnchorGroup> groups = index.caGroupsIssuing(last);
        if (groups.isEmpty()) {
            throw Refusal.of(Reason.UNKNOWN_ANCHOR, "no anchor of the snapshot issued the chain's last certificate");
        }
        return validate(groups, chain, type, at);
    }

    private static Evaluation validate(List<AnchorGroup> groups, List<X509Certificate> path, CredentialType type, Instant at)
            throws Refusal {
        PathValidation.Invalid refused = null;
        for (AnchorGroup group : groups) {
            PathValidation outcome = group.validator().validate(path, at, Optional.empty());
            if (outcome instanceof PathValidation.Valid) {
                return IssuerDecision.decide(group.holdersValidAt(at), type, at);
            }
            PathValidation.Invalid invalid = (PathValidation.Invalid) outcome;
            // Another key under the same name says "unknown anchor"; the one that signed says what is wrong.
            if (refused == null || (refused.reason() == PathValidation.Reason.UNKNOWN_ANCHOR
                    && invalid.reason() != PathValidation.Reason.UNKNOWN_ANCHOR)) {
                refused = invalid;
            }
        }
        throw PathOutcomes.refusal(refused);
    }
}
