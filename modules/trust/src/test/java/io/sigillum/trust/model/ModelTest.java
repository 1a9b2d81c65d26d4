package io.sigillum.trust.model;

import io.sigillum.trust.testing.Pki;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.security.spec.RSAKeyGenParameterSpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model refuses what the evaluator could not use. */
class ModelTest {

    private static final Pki PKI = Pki.named("Model");
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aWindowIsHalfOpen() {
        ValidityWindow window = ValidityWindow.between(T, T.plusSeconds(10));
        assertEquals(ValidityWindow.Position.BEFORE, window.positionOf(T.minusNanos(1)));
        assertEquals(ValidityWindow.Position.WITHIN, window.positionOf(T));
        assertEquals(ValidityWindow.Position.WITHIN, window.positionOf(T.plusSeconds(10).minusNanos(1)));
        assertEquals(ValidityWindow.Position.AFTER, window.positionOf(T.plusSeconds(10)));
        assertTrue(ValidityWindow.UNBOUNDED.contains(Instant.MIN));
        assertThrows(IllegalArgumentException.class, () -> ValidityWindow.between(T, T));
        assertThrows(IllegalArgumentException.class, () -> ValidityWindow.between(T, T.minusSeconds(1)));
    }

    @Test
    void anAnchorsKindMustFitItsCertificate() {
        assertDoesNotThrow(() -> new CertificateAnchor("r", AnchorKind.ROOT, PKI.root.certificate()));
        assertDoesNotThrow(() -> new CertificateAnchor("i", AnchorKind.INTERMEDIATE, PKI.intermediate.certificate()));
        assertDoesNotThrow(() -> new CertificateAnchor("l", AnchorKind.LEAF, PKI.leaf.certificate()));
        assertDoesNotThrow(() -> new CertificateAnchor("a", AnchorKind.IACA, Pki.iaca("Model IACA").certificate()));
        assertThrows(IllegalArgumentException.class, () -> new CertificateAnchor("r", AnchorKind.ROOT, PKI.intermediate.certificate()));
        assertThrows(IllegalArgumentException.class, () -> new CertificateAnchor("r", AnchorKind.ROOT, PKI.leaf.certificate()));
        assertThrows(IllegalArgumentException.class, () -> new CertificateAnchor("i", AnchorKind.INTERMEDIATE, PKI.root.certificate()));
        assertThrows(IllegalArgumentException.class, () -> new CertificateAnchor("i", AnchorKind.IACA, PKI.leaf.certificate()));
        assertThrows(IllegalArgumentException.class, () -> new CertificateAnchor("l", AnchorKind.LEAF, PKI.root.certificate()));
    }

    @Test
    void onlySignatureKeysOfTheSupportedCurvesAreKeyAnchors() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4));
        assertThrows(IllegalArgumentException.class, () -> new KeyAnchor("rsa", rsa.generateKeyPair().getPublic()));
        assertThrows(IllegalArgumentException.class,
                () -> new KeyAnchor("x", KeyPairGenerator.getInstance("X25519").generateKeyPair().getPublic()));
    }

    @Test
    void countriesAreIso3166Alpha2OrTheEuCodes() {
        for (String country : List.of("DE", "FR", "GR", "EL", "UK", "EU")) {
            assertEquals(country, issuer("i", country, List.of()).country());
        }
        for (String country : List.of("de", "XX", "DEU", "D", "")) {
            assertThrows(IllegalArgumentException.class, () -> issuer("i", country, List.of()));
        }
    }

    @Test
    void identifiersAreCheckedText() {
        assertThrows(IllegalArgumentException.class, () -> issuer(" padded", "DE", List.of()));
        assertThrows(IllegalArgumentException.class, () -> issuer("tab\there", "DE", List.of()));
        assertThrows(IllegalArgumentException.class, () -> issuer("x".repeat(TrustedIssuer.MAX_ID_LENGTH + 1), "DE", List.of()));
        assertThrows(IllegalArgumentException.class, () -> CredentialType.vct(""));
        assertThrows(IllegalArgumentException.class, () -> CredentialType.doctype("doc\ntype"));
    }

    @Test
    void anIssuerHoldsEachAnchorOnce() {
        CertificateAnchor root = new CertificateAnchor("r", AnchorKind.ROOT, PKI.root.certificate());
        assertThrows(IllegalArgumentException.class, () -> issuer("i", "DE", List.of(root, root)));
        assertThrows(IllegalArgumentException.class, () -> issuer("i", "DE",
                List.of(root, new CertificateAnchor("r2", AnchorKind.ROOT, PKI.root.certificate()))));
    }

    @Test
    void issuerAndAnchorIdsAreUniqueAcrossTheSnapshotButCertificatesMayBeShared() {
        CertificateAnchor a = new CertificateAnchor("a", AnchorKind.ROOT, PKI.root.certificate());
        CertificateAnchor b = new CertificateAnchor("b", AnchorKind.ROOT, PKI.root.certificate());
        assertDoesNotThrow(() -> new TrustSnapshot(1, T, List.of(issuer("one", "DE", List.of(a)), issuer("two", "DE", List.of(b)))));
        assertThrows(IllegalArgumentException.class,
                () -> new TrustSnapshot(1, T, List.of(issuer("one", "DE", List.of(a)), issuer("two", "DE", List.of(a)))));
        assertThrows(IllegalArgumentException.class,
                () -> new TrustSnapshot(1, T, List.of(issuer("one", "DE", List.of()), issuer("one", "FR", List.of()))));
        assertThrows(IllegalArgumentException.class, () -> new TrustSnapshot(-1, T, List.of()));
    }

    @Test
    void authorizationsAreFoundByFormatAndIdentifier() {
        TrustedIssuer issuer = new TrustedIssuer("i", "I", "DE", IssuerState.ACTIVE, ValidityWindow.UNBOUNDED, List.of(),
                List.of(Authorization.of(CredentialType.vct("x")), Authorization.of(CredentialType.doctype("x"))));
        assertEquals(1, issuer.authorizationsFor(CredentialType.vct("x")).size());
        assertTrue(issuer.authorizationsFor(CredentialType.vct("X")).isEmpty());
        assertFalse(issuer.authorizationsFor(CredentialType.doctype("x")).isEmpty());
        assertEquals(Optional.of(issuer), new TrustSnapshot(1, T, List.of(issuer)).issuer("i"));
    }

    private static TrustedIssuer issuer(String id, String country, List<Anchor> anchors) {
        return new TrustedIssuer(id, "Name", country, IssuerState.ACTIVE, ValidityWindow.UNBOUNDED, anchors, List.of());
    }
}
