package io.sigillum.trust.evaluation;

import io.sigillum.trust.evaluation.Evaluation.Reason;
import io.sigillum.trust.model.AnchorKind;
import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.trust.testing.Pki;
import io.sigillum.trust.testing.RawCertificates;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.sigillum.trust.evaluation.Outcomes.refused;
import static io.sigillum.trust.evaluation.Outcomes.trusted;
import static io.sigillum.trust.testing.TestSnapshots.active;
import static io.sigillum.trust.testing.TestSnapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A leaf registered as a LEAF anchor is trusted on its own. */
class PinnedLeafTest {

    private static final CredentialType PID = CredentialType.vct("urn:eudi:pid:1");
    private static final Pki PKI = Pki.named("Delta");
    private static final X509Certificate LEAF = PKI.leaf.certificate();
    private static final TrustEvaluator EVALUATOR = TrustEvaluator.of(snapshot(active("https://delta.example",
            List.of(new CertificateAnchor("delta-leaf", AnchorKind.LEAF, LEAF)), List.of(Authorization.of(PID)))));

    @Test
    void aPinnedLeafIsTrustedAloneOrWithItsChain() {
        assertEquals("delta-leaf", trusted(EVALUATOR.evaluateChain(List.of(LEAF), PID, Instant.now())).anchor().id());
        // What follows the pinned leaf is not needed, and not used.
        trusted(EVALUATOR.evaluateChain(PKI.leaf.chain(), PID, Instant.now()));
    }

    @Test
    void aPinnedLeafIsTrustedOnlyWithinItsValidity() {
        refused(Reason.EXPIRED, "https://delta.example", EVALUATOR.evaluateChain(List.of(LEAF), PID, Instant.now().plus(Duration.ofDays(31))));
        refused(Reason.NOT_YET_VALID, "https://delta.example", EVALUATOR.evaluateChain(List.of(LEAF), PID, Instant.now().minus(Duration.ofDays(1))));
    }

    @Test
    void aPinnedLeafIsNeverTheIssuerOfAnotherCertificate() {
        X509Certificate below = RawCertificates.issuedBy(LEAF, new KeyPair(LEAF.getPublicKey(), PKI.leaf.privateKey()))
                .subject("below the pinned leaf", EcKeyPairs.p256().getPublic()).build();
        refused(Reason.UNKNOWN_ANCHOR, EVALUATOR.evaluateChain(List.of(below), PID, Instant.now()));
        refused(Reason.UNKNOWN_ANCHOR, EVALUATOR.evaluateChain(List.of(below, LEAF), PID, Instant.now()));
    }

    @Test
    void onlyAnEndEntityCertificateCanBePinned() {
        assertThrows(IllegalArgumentException.class,
                () -> new CertificateAnchor("not-a-leaf", AnchorKind.LEAF, PKI.intermediate.certificate()));
    }
}
