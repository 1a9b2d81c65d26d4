package io.sigillum.trust.evaluation;

import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.crypto.x509.IssuedCertificate;
import io.sigillum.trust.evaluation.Evaluation.Reason;
import io.sigillum.trust.model.AnchorKind;
import io.sigillum.trust.model.Authorization;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trust.model.CredentialType;
import io.sigillum.trust.testing.Pki;
import io.sigillum.trust.testing.RawCertificates;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.sigillum.trust.evaluation.Outcomes.refused;
import static io.sigillum.trust.evaluation.Outcomes.trusted;
import static io.sigillum.trust.testing.TestSnapshots.active;
import static io.sigillum.trust.testing.TestSnapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chains through PKIX: what is trusted, and each way a chain is refused before the issuer is decided. */
class ChainEvaluationTest {

    private static final CredentialType PID = CredentialType.vct("urn:eudi:pid:1");
    private static final CredentialType MDL = CredentialType.doctype("org.iso.18013.5.1.mDL");

    private static final Pki PKI = Pki.named("Alpha");
    private static final CertificateAnchor ROOT_ANCHOR = new CertificateAnchor("alpha-root", AnchorKind.ROOT, PKI.root.certificate());
    private static final TrustEvaluator EVALUATOR = TrustEvaluator.of(snapshot(
            active("https://alpha.example", List.of(ROOT_ANCHOR), List.of(Authorization.of(PID)))));

    private static List<X509Certificate> chain() {
        return PKI.leaf.chain();
    }

    @Test
    void aThreeCertificateChainToARegisteredRootIsTrustedWithItsIssuerAndAnchor() {
        Evaluation.Trusted trusted = trusted(EVALUATOR.evaluateChain(chain(), PID, Instant.now()));
        assertEquals("https://alpha.example", trusted.issuer().id());
        assertEquals(ROOT_ANCHOR, trusted.anchor());
        assertTrue(trusted.trusted());
    }

    @Test
    void theRootMayBeLeftOutOfTheChain() {
        trusted(EVALUATOR.evaluateChain(chain().subList(0, 2), PID, Instant.now()));
    }

    @Test
    void x5cStringsAndDerBytesGiveTheSameAnswerAsCertificates() throws Exception {
        trusted(EVALUATOR.evaluateX5c(DerCertificates.toX5c(chain()), PID, Instant.now()));
        List<byte[]> der = new ArrayList<>();
        for (X509Certificate certificate : chain()) {
            der.add(certificate.getEncoded());
        }
        trusted(EVALUATOR.evaluateDer(der, PID, Instant.now()));
    }

    @Test
    void aRegisteredIntermediateIsAnAnchorOnItsOwn() {
        TrustEvaluator evaluator = TrustEvaluator.of(snapshot(active("https://alpha.example",
                List.of(new CertificateAnchor("alpha-ca", AnchorKind.INTERMEDIATE, PKI.intermediate.certificate())),
                List.of(Authorization.of(PID)))));
        assertEquals("alpha-ca", trusted(evaluator.evaluateChain(chain().subList(0, 1), PID, Instant.now())).anchor().id());
        assertEquals("alpha-ca", trusted(evaluator.evaluateChain(chain(), PID, Instant.now())).anchor().id());
    }

    @Test
    void anIacaAnchorTrustsItsDocumentSignersForAnMdocType() {
        CertificateAuthority iaca = Pki.iaca("Test IACA");
        IssuedCertificate documentSigner = Pki.documentSigner(iaca);
        TrustEvaluator evaluator = TrustEvaluator.of(snapshot(active("https://mdl.example",
                List.of(new CertificateAnchor("iaca", AnchorKind.IACA, iaca.certificate())), List.of(Authorization.of(MDL)))));
        assertEquals("https://mdl.example", trusted(evaluator.evaluateChain(documentSigner.chain(), MDL, Instant.now())).issuer().id());
        trusted(evaluator.evaluateChain(documentSigner.chain().subList(0, 1), MDL, Instant.now()));
    }

    @Test
    void aChainToAnotherRootIsAnUnknownAnchor() {
        Pki other = Pki.named("Stranger");
        refused(Reason.UNKNOWN_ANCHOR, EVALUATOR.evaluateChain(other.leaf.chain(), PID, Instant.now()));
        refused(Reason.UNKNOWN_ANCHOR, EVALUATOR.evaluateChain(other.leaf.chain().subList(0, 2), PID, Instant.now()));
    }

    @Test
    void anImpostorRootWithTheRegisteredNameIsAnUnknownAnchor() {
        CertificateAuthority impostor = CertificateAuthority.selfSigned("Alpha Root", Duration.ofDays(30));
        List<X509Certificate> forged = Pki.issueLeaf(impostor, "alpha.example").chain();
        // With the impostor root at the end, and without it.
        refused(Reason.UNKNOWN_ANCHOR, EVALUATOR.evaluateChain(forged, PID, Instant.now()));
        refused(Reason.UNKNOWN_ANCHOR, EVALUATOR.evaluateChain(forged.subList(0, 1), PID, Instant.now()));
    }

    @Test
    void anAlteredSignatureMakesTheChainInvalid() throws Exception {
        byte[] der = PKI.leaf.certificate().getEncoded();
        der[der.length - 1] ^= 0x01;
        X509Certificate altered = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        Evaluation.NotTrusted refused = refused(Reason.CHAIN_INVALID,
                EVALUATOR.evaluateChain(List.of(altered, chain().get(1), chain().get(2)), PID, Instant.now()));
        assertTrue(refused.issuerId().isEmpty(), "a chain that is not proven does not speak for an issuer");
    }

    @Test
    void certificatesOutOfOrderBreakNameChaining() {
        refused(Reason.CHAIN_INVALID, EVALUATOR.evaluateChain(List.of(chain().get(1), chain().get(0)), PID, Instant.now()));
    }

    @Test
    void aLeafWhoseKeyUsageLacksDigitalSignatureIsRefused() {
        // The intermediate CA certificate presented as if it had signed a credential: keyCertSign only.
        refused(Reason.CHAIN_INVALID, EVALUATOR.evaluateChain(List.of(PKI.intermediate.certificate()), PID, Instant.now()));
    }

    @Test
    void aRegisteredCaPresentedAsTheLeafIsRefused() {
        refused(Reason.CHAIN_INVALID, EVALUATOR.evaluateChain(List.of(PKI.root.certificate()), PID, Instant.now()));
    }

    @Test
    void aCaWithoutKeyCertSignCannotIssue() {
        KeyPair caKeys = EcKeyPairs.p256();
        KeyPair leafKeys = EcKeyPairs.p256();
        X509Certificate ca = RawCertificates.issuedBy(PKI.root.certificate(), keyPair(PKI.root))
                .subject("Signing-only CA", caKeys.getPublic()).ca(null).keyUsage(KeyUsage.digitalSignature).build();
        X509Certificate leaf = RawCertificates.issuedBy(ca, caKeys).subject("leaf", leafKeys.getPublic()).build();
        refused(Reason.CHAIN_INVALID, EVALUATOR.evaluateChain(List.of(leaf, ca), PID, Instant.now()));
    }

    @Test
    void anEndEntityCannotIssue() {
        // basicConstraints: the SD-JWT VC leaf is not a CA, so what it signs does not chain.
        KeyPair subKeys = EcKeyPairs.p256();
        X509Certificate issuedByLeaf = RawCertificates.issuedBy(PKI.leaf.certificate(), new KeyPair(
                PKI.leaf.certificate().getPublicKey(), PKI.leaf.privateKey())).subject("below a leaf", subKeys.getPublic()).build();
        refused(Reason.CHAIN_INVALID, EVALUATOR.evaluateChain(List.of(issuedByLeaf, chain().get(0), chain().get(1)), PID, Instant.now()));
    }

    @Test
    void aPathLengthConstraintIsEnforced() {
        // The intermediate has pathLenConstraint 0: no CA may follow it.
        KeyPair subCaKeys = EcKeyPairs.p256();
        KeyPair leafKeys = EcKeyPairs.p256();
        X509Certificate subCa = RawCertificates.issuedBy(PKI.intermediate.certificate(), keyPair(PKI.intermediate))
                .subject("Sub CA", subCaKeys.getPublic()).ca(null).build();
        X509Certificate leaf = RawCertificates.issuedBy(subCa, subCaKeys).subject("deep leaf", leafKeys.getPublic()).build();
        refused(Reason.CHAIN_INVALID, EVALUATOR.evaluateChain(List.of(leaf, subCa, chain().get(1)), PID, Instant.now()));
    }

    @Test
    void certificateValidityIsCheckedAtTheGivenTime() {
        refused(Reason.EXPIRED, EVALUATOR.evaluateChain(chain(), PID, Instant.now().plus(Duration.ofDays(31))));
        refused(Reason.NOT_YET_VALID, EVALUATOR.evaluateChain(chain(), PID, Instant.now().minus(Duration.ofDays(1))));
    }

    @Test
    void anAnchorCertificateOutsideItsValidityTrustsNothing() {
        // PKIX ignores the anchor's own dates; the registry means them. An intermediate anchor that
        // expires in one day, over a leaf valid for thirty: at day two the leaf is fine, the anchor is not.
        KeyPair caKeys = EcKeyPairs.p256();
        KeyPair leafKeys = EcKeyPairs.p256();
        Instant now = Instant.now();
        X509Certificate shortCa = RawCertificates.issuedBy(PKI.root.certificate(), keyPair(PKI.root))
                .subject("Short-lived CA", caKeys.getPublic()).ca(0).validity(now.minusSeconds(300), now.plus(Duration.ofDays(1))).build();
        X509Certificate leaf = RawCertificates.issuedBy(shortCa, caKeys).subject("long leaf", leafKeys.getPublic())
                .validity(now.minusSeconds(300), now.plus(Duration.ofDays(30))).build();
        TrustEvaluator evaluator = TrustEvaluator.of(snapshot(active("https://alpha.example",
                List.of(new CertificateAnchor("short-ca", AnchorKind.INTERMEDIATE, shortCa)), List.of(Authorization.of(PID)))));
        trusted(evaluator.evaluateChain(List.of(leaf), PID, now));
        refused(Reason.EXPIRED, "https://alpha.example", evaluator.evaluateChain(List.of(leaf), PID, now.plus(Duration.ofDays(2))));
    }

    @Test
    void anAnchorCertificateNotYetValidTrustsNothingYet() {
        KeyPair caKeys = EcKeyPairs.p256();
        Instant now = Instant.now();
        X509Certificate futureCa = RawCertificates.issuedBy(PKI.root.certificate(), keyPair(PKI.root))
                .subject("Future CA", caKeys.getPublic()).ca(0).validity(now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(60))).build();
        X509Certificate leaf = RawCertificates.issuedBy(futureCa, caKeys).subject("early leaf", EcKeyPairs.p256().getPublic()).build();
        TrustEvaluator evaluator = TrustEvaluator.of(snapshot(active("https://alpha.example",
                List.of(new CertificateAnchor("future-ca", AnchorKind.INTERMEDIATE, futureCa)), List.of(Authorization.of(PID)))));
        refused(Reason.NOT_YET_VALID, "https://alpha.example", evaluator.evaluateChain(List.of(leaf, futureCa), PID, now));
        trusted(evaluator.evaluateChain(List.of(leaf), PID, now.plus(Duration.ofHours(2))));
    }

    @Test
    void aReKeyedRootUnderTheSameNameIsFoundByTheKeyThatSigned() {
        CertificateAuthority oldRoot = CertificateAuthority.selfSigned("Gamma Root", Duration.ofDays(365));
        CertificateAuthority newRoot = CertificateAuthority.selfSigned("Gamma Root", Duration.ofDays(365));
        TrustEvaluator evaluator = TrustEvaluator.of(snapshot(active("https://gamma.example", List.of(
                new CertificateAnchor("gamma-2025", AnchorKind.ROOT, oldRoot.certificate()),
                new CertificateAnchor("gamma-2026", AnchorKind.ROOT, newRoot.certificate())), List.of(Authorization.of(PID)))));
        List<X509Certificate> underNew = Pki.issueLeaf(newRoot, "gamma.example").chain();
        assertEquals("gamma-2026", trusted(evaluator.evaluateChain(underNew.subList(0, 1), PID, Instant.now())).anchor().id());
        assertEquals("gamma-2025", trusted(evaluator.evaluateChain(
                Pki.issueLeaf(oldRoot, "gamma.example").chain().subList(0, 1), PID, Instant.now())).anchor().id());
        // The expired leaf under the new key: PKIX's reason from the key that signed, not "unknown anchor" from the other.
        refused(Reason.EXPIRED, evaluator.evaluateChain(underNew.subList(0, 1), PID, Instant.now().plus(Duration.ofDays(40))));
    }

    @Test
    void aRootReIssuedWithTheSameNameAndKeyIsTheSameAnchor() {
        // The registry holds the root as first issued; the issuer's x5c carries it re-issued with new dates.
        Instant now = Instant.now();
        X509Certificate reissued = RawCertificates.issuedBy(PKI.root.certificate(), keyPair(PKI.root))
                .subject(PKI.root.certificate().getSubjectX500Principal(), PKI.root.certificate().getPublicKey())
                .ca(null).validity(now.minusSeconds(60), now.plus(Duration.ofDays(3650))).build();
        List<X509Certificate> chain = List.of(chain().get(0), chain().get(1), reissued);
        assertEquals("alpha-root", trusted(EVALUATOR.evaluateChain(chain, PID, now)).anchor().id());
    }

    @Test
    void oneEvaluatorServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Evaluation>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                answers.add(pool.submit(() -> EVALUATOR.evaluateChain(chain(), PID, Instant.now())));
            }
            for (Future<Evaluation> answer : answers) {
                trusted(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static KeyPair keyPair(CertificateAuthority ca) {
        return new KeyPair(ca.certificate().getPublicKey(), ca.privateKey());
    }
}
