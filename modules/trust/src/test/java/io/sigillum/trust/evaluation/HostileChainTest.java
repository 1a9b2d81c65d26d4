package io.sigillum.trust.evaluation;

import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.trust.evaluation.Evaluation.Reason;
import io.sigillum.trust.model.AnchorKind;
import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trust.testing.Pki;
import io.sigillum.trust.testing.RawCertificates;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import static io.sigillum.trust.evaluation.Outcomes.refused;
import static io.sigillum.trust.testing.TestSnapshots.active;
import static io.sigillum.trust.testing.TestSnapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input meant to hurt: refused early, with the reason, and never an exception. */
class HostileChainTest {

    private static final CredentialType PID = CredentialType.vct("urn:eudi:pid:1");
    private static final Pki PKI = Pki.named("Zeta");
    private static final TrustEvaluator EVALUATOR = TrustEvaluator.of(snapshot(active("https://zeta.example",
            List.of(new CertificateAnchor("zeta-root", AnchorKind.ROOT, PKI.root.certificate())), List.of(Authorization.of(PID)))));

    @Test
    void anEmptyChainIsMalformed() {
        refused(Reason.MALFORMED, EVALUATOR.evaluateChain(List.of(), PID, Instant.now()));
        refused(Reason.MALFORMED, EVALUATOR.evaluateX5c(List.of(), PID, Instant.now()));
        refused(Reason.MALFORMED, EVALUATOR.evaluateDer(List.of(), PID, Instant.now()));
        refused(Reason.MALFORMED, EVALUATOR.evaluateX5c(null, PID, Instant.now()));
        refused(Reason.MALFORMED, EVALUATOR.evaluateChain(null, PID, Instant.now()));
    }

    @Test
    void aChainLongerThanTheBoundIsMalformedBeforeAnythingIsParsed() {
        // Eleven items that are not even base64: the length alone refuses them.
        refused(Reason.MALFORMED, EVALUATOR.evaluateX5c(Collections.nCopies(TrustEvaluator.MAX_CHAIN_LENGTH + 1, "!"), PID, Instant.now()));
        List<X509Certificate> tooLong = new ArrayList<>(PKI.leaf.chain());
        while (tooLong.size() <= TrustEvaluator.MAX_CHAIN_LENGTH) {
            tooLong.add(PKI.root.certificate());
        }
        refused(Reason.MALFORMED, EVALUATOR.evaluateChain(tooLong, PID, Instant.now()));
    }

    @Test
    void aLongButWellFormedChainIsStillValidatedByPkix() {
        // Ten CAs deep (the bound): PKIX runs, and refuses only for what is wrong with the chain.
        KeyPair issuerKeys = new KeyPair(PKI.root.certificate().getPublicKey(), PKI.root.privateKey());
        X509Certificate issuer = PKI.root.certificate();
        List<X509Certificate> chain = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            KeyPair keys = EcKeyPairs.p256();
            X509Certificate ca = RawCertificates.issuedBy(issuer, issuerKeys).subject("CA " + i, keys.getPublic()).ca(null).build();
            chain.add(0, ca);
            issuer = ca;
            issuerKeys = keys;
        }
        X509Certificate leaf = RawCertificates.issuedBy(issuer, issuerKeys).subject("deep leaf", EcKeyPairs.p256().getPublic()).build();
        chain.add(0, leaf);
        Outcomes.trusted(EVALUATOR.evaluateChain(chain, PID, Instant.now()));
    }

    @Test
    void anOversizedCertificateIsMalformedBeforeDecoding() {
        String huge = "A".repeat(4 * TrustEvaluator.MAX_CERTIFICATE_BYTES);
        refused(Reason.MALFORMED, EVALUATOR.evaluateX5c(List.of(huge), PID, Instant.now()));
        refused(Reason.MALFORMED, EVALUATOR.evaluateDer(List.of(new byte[TrustEvaluator.MAX_CERTIFICATE_BYTES + 1]), PID, Instant.now()));
    }

    @Test
    void itemsThatAreNotBase64OfOneDerCertificateAreMalformed() throws Exception {
        String leaf = DerCertificates.toX5c(List.of(PKI.leaf.certificate())).get(0);
        for (String bad : List.of("not base64!", "AAAA", Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xfb, (byte) 0xff}),
                leaf.substring(0, leaf.length() - 8), leaf + "AAAA", leaf.substring(0, 64) + "\n" + leaf.substring(64))) {
            refused(Reason.MALFORMED, EVALUATOR.evaluateX5c(List.of(bad), PID, Instant.now()));
        }
        byte[] der = PKI.leaf.certificate().getEncoded();
        byte[] trailing = Arrays.copyOf(der, der.length + 1);
        refused(Reason.MALFORMED, EVALUATOR.evaluateDer(List.of(trailing), PID, Instant.now()));
        byte[] pem = ("-----BEGIN CERTIFICATE-----\n" + leaf + "\n-----END CERTIFICATE-----\n").getBytes();
        refused(Reason.MALFORMED, EVALUATOR.evaluateDer(List.of(pem), PID, Instant.now()));
        refused(Reason.MALFORMED, EVALUATOR.evaluateX5c(Arrays.asList(leaf, null), PID, Instant.now()));
        refused(Reason.MALFORMED, EVALUATOR.evaluateChain(Arrays.asList(PKI.leaf.certificate(), null), PID, Instant.now()));
    }

    @Test
    void aRepeatedCertificateIsALoop() {
        List<X509Certificate> chain = PKI.leaf.chain();
        refused(Reason.CHAIN_INVALID, EVALUATOR.evaluateChain(List.of(chain.get(0), chain.get(1), chain.get(1)), PID, Instant.now()));
        refused(Reason.CHAIN_INVALID, EVALUATOR.evaluateChain(List.of(chain.get(0), chain.get(0)), PID, Instant.now()));
    }

    @Test
    void crossCertifiedCasGoingRoundInACircleAreALoop() {
        // A (the root) certifies B, B certifies A: leaf ← A-by-B ← B-by-A ← A-by-B ← … never reaches the end.
        KeyPair rootKeys = new KeyPair(PKI.root.certificate().getPublicKey(), PKI.root.privateKey());
        KeyPair bKeys = EcKeyPairs.p256();
        X509Certificate bByA = RawCertificates.issuedBy(PKI.root.certificate(), rootKeys).subject("Cross B", bKeys.getPublic()).ca(null).build();
        X509Certificate aByB = RawCertificates.issuedBy(bByA, bKeys).subject("Zeta Root", rootKeys.getPublic()).ca(null).build();
        X509Certificate leaf = PKI.leaf.certificate();
        X509Certificate intermediate = PKI.leaf.chain().get(1);
        List<X509Certificate> circle = new ArrayList<>(List.of(leaf, intermediate));
        for (int i = 0; i < 4; i++) {
            circle.add(aByB);
            circle.add(bByA);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            refused(Reason.CHAIN_INVALID, EVALUATOR.evaluateChain(circle, PID, Instant.now()));
            refused(Reason.CHAIN_INVALID, EVALUATOR.evaluateChain(List.of(leaf, intermediate, aByB, bByA, PKI.root.certificate()), PID, Instant.now()));
        });
    }

    @Test
    void refusalsOfHostileInputNameNoIssuer() {
        Evaluation.NotTrusted refused = refused(Reason.MALFORMED, EVALUATOR.evaluateX5c(List.of("%%%"), PID, Instant.now()));
        assertTrue(refused.issuerId().isEmpty());
    }
}
