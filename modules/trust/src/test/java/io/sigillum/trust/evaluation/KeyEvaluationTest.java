package io.sigillum.trust.evaluation;

import io.sigillum.trust.evaluation.Evaluation.Reason;
import io.sigillum.trust.model.AnchorKind;
import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trust.model.IssuerState;
import io.sigillum.trust.model.KeyAnchor;
import io.sigillum.trust.model.ValidityWindow;
import io.sigillum.trust.testing.Pki;
import org.junit.jupiter.api.Test;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.List;

import static io.sigillum.trust.evaluation.Outcomes.refused;
import static io.sigillum.trust.evaluation.Outcomes.trusted;
import static io.sigillum.trust.testing.TestSnapshots.active;
import static io.sigillum.trust.testing.TestSnapshots.issuer;
import static io.sigillum.trust.testing.TestSnapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Raw public keys as anchors. */
class KeyEvaluationTest {

    private static final CredentialType PID = CredentialType.vct("urn:eudi:pid:1");

    static PublicKey ec(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair().getPublic();
    }

    static PublicKey ed25519() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
    }

    @Test
    void eachKindOfKeyAnchorIsTrusted() throws Exception {
        PublicKey p256 = ec("secp256r1");
        PublicKey p384 = ec("secp384r1");
        PublicKey p521 = ec("secp521r1");
        PublicKey ed = ed25519();
        TrustEvaluator evaluator = TrustEvaluator.of(snapshot(active("https://keys.example", List.of(
                new KeyAnchor("p256", p256), new KeyAnchor("p384", p384), new KeyAnchor("p521", p521), new KeyAnchor("ed", ed)),
                List.of(Authorization.of(PID)))));
        assertEquals("p256", trusted(evaluator.evaluateKey(p256, PID, Instant.now())).anchor().id());
        assertEquals("p384", trusted(evaluator.evaluateKey(p384, PID, Instant.now())).anchor().id());
        assertEquals("p521", trusted(evaluator.evaluateKey(p521, PID, Instant.now())).anchor().id());
        assertEquals("ed", trusted(evaluator.evaluateKey(ed, PID, Instant.now())).anchor().id());
    }

    @Test
    void aKeyIsMatchedByItsEncodingWhateverObjectCarriesIt() throws Exception {
        PublicKey key = ec("secp256r1");
        PublicKey copy = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(key.getEncoded()));
        TrustEvaluator evaluator = TrustEvaluator.of(snapshot(active("https://keys.example",
                List.of(new KeyAnchor("k", key)), List.of(Authorization.of(PID)))));
        trusted(evaluator.evaluateKey(copy, PID, Instant.now()));
    }

    @Test
    void anUnknownKeyIsRefused() throws Exception {
        TrustEvaluator evaluator = TrustEvaluator.of(snapshot(active("https://keys.example",
                List.of(new KeyAnchor("k", ec("secp256r1"))), List.of(Authorization.of(PID)))));
        refused(Reason.UNKNOWN_ANCHOR, evaluator.evaluateKey(ec("secp256r1"), PID, Instant.now()));
    }

    @Test
    void theKeyOfACertificateAnchorIsNotAKeyAnchor() {
        Pki pki = Pki.named("Epsilon");
        TrustEvaluator evaluator = TrustEvaluator.of(snapshot(active("https://epsilon.example",
                List.of(new CertificateAnchor("leaf", AnchorKind.LEAF, pki.leaf.certificate())), List.of(Authorization.of(PID)))));
        refused(Reason.UNKNOWN_ANCHOR, evaluator.evaluateKey(pki.leaf.certificate().getPublicKey(), PID, Instant.now()));
    }

    @Test
    void theIssuerDecisionAppliesToKeysToo() throws Exception {
        PublicKey key = ec("secp256r1");
        TrustEvaluator evaluator = TrustEvaluator.of(snapshot(issuer("https://keys.example", IssuerState.SUSPENDED,
                ValidityWindow.UNBOUNDED, List.of(new KeyAnchor("k", key)), List.of(Authorization.of(PID)))));
        refused(Reason.ISSUER_SUSPENDED, "https://keys.example", evaluator.evaluateKey(key, PID, Instant.now()));
    }
}
