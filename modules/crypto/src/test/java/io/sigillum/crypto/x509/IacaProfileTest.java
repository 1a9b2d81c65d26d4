package io.sigillum.crypto.x509;

import io.sigillum.crypto.sign.LocalKeySigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static io.sigillum.crypto.x509.Extensions.AUTHORITY_KEY_IDENTIFIER;
import static io.sigillum.crypto.x509.Extensions.BASIC_CONSTRAINTS;
import static io.sigillum.crypto.x509.Extensions.CRL_DISTRIBUTION_POINTS;
import static io.sigillum.crypto.x509.Extensions.CRL_SIGN;
import static io.sigillum.crypto.x509.Extensions.DIGITAL_SIGNATURE;
import static io.sigillum.crypto.x509.Extensions.EXTENDED_KEY_USAGE;
import static io.sigillum.crypto.x509.Extensions.ISSUER_ALT_NAME;
import static io.sigillum.crypto.x509.Extensions.KEY_CERT_SIGN;
import static io.sigillum.crypto.x509.Extensions.KEY_USAGE;
import static io.sigillum.crypto.x509.Extensions.SUBJECT_KEY_IDENTIFIER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ISO/IEC 18013-5 Annex B: the IACA root (B.1.2) and the document signer (B.1.4). */
class IacaProfileTest {

    private static final URI ISSUER_URI = URI.create("https://mdl.sigillum.test/iaca");
    private static final URI CRL = URI.create("https://mdl.sigillum.test/iaca.crl");
    private static final int URI_NAME = 6;
    private static final int EMAIL_NAME = 1;

    private static CertificateAuthority iaca;
    private static IssuedCertificate documentSigner;

    @BeforeAll
    static void issue() {
        iaca = CertificateAuthority.iaca(new IacaRequest(
                SubjectName.of("Sigillum Test IACA").withOrganization("Sigillum").withCountry("AT").withStateOrProvince("Wien"),
                List.of(ISSUER_URI), List.of("iaca@sigillum.test"), CRL, Duration.ofDays(9 * 365)));
        documentSigner = iaca.issue(new DocumentSignerRequest("Sigillum Test DS 1", "Sigillum", Iso18013Spec.DOCUMENT_SIGNER_MAX_VALIDITY));
    }

    @Test
    void theIacaIsASelfSignedRootWithPathLengthZero() throws Exception {
        X509Certificate root = iaca.certificate();
        root.verify(root.getPublicKey());
        assertEquals(root.getSubjectX500Principal(), root.getIssuerX500Principal());
        assertEquals(3, root.getVersion());
        assertEquals(0, root.getBasicConstraints(), "CA with pathLenConstraint 0");
        assertTrue(Extensions.critical(root, BASIC_CONSTRAINTS));
        assertTrue(Extensions.critical(root, KEY_USAGE));
        assertEquals(List.of(KEY_CERT_SIGN, CRL_SIGN), Extensions.keyUsageBits(root));
        assertFalse(Extensions.critical(root, SUBJECT_KEY_IDENTIFIER));
        assertFalse(Extensions.critical(root, ISSUER_ALT_NAME));
        assertFalse(Extensions.critical(root, CRL_DISTRIBUTION_POINTS));
        assertFalse(Extensions.present(root, AUTHORITY_KEY_IDENTIFIER));
        assertEquals("SHA256withECDSA", root.getSigAlgName());
        assertTrue(root.getSerialNumber().bitLength() > 63, "at least 63 bits from a CSPRNG");
    }

    @Test
    void theIacaNamesItsCountryAndHowToReachItAndItsCrl() throws Exception {
        X509Certificate root = iaca.certificate();
        assertEquals("CN=Sigillum Test IACA,O=Sigillum,ST=Wien,C=AT", root.getSubjectX500Principal().getName());
        Collection<List<?>> issuerNames = root.getIssuerAlternativeNames();
        assertTrue(issuerNames.contains(List.of(URI_NAME, ISSUER_URI.toString())), issuerNames::toString);
        assertTrue(issuerNames.contains(List.of(EMAIL_NAME, "iaca@sigillum.test")), issuerNames::toString);
        assertEquals(List.of(CRL.toString()), Extensions.crlUris(root));
    }

    @Test
    void theIacaValidityIsAtMostTwentyYears() {
        Instant notBefore = Instant.now().minus(Duration.ofMinutes(10));
        Instant twentyYears = notBefore.atOffset(ZoneOffset.UTC).plusYears(20).toInstant();
        CertificateAuthority longest = CertificateAuthority.iaca(IacaRequest.of(SubjectName.of("Long IACA").withCountry("AT"),
                ISSUER_URI, CRL, Duration.ofDays(20 * 365)));
        assertTrue(longest.certificate().getNotAfter().toInstant().isBefore(twentyYears));
        assertThrows(IllegalArgumentException.class, () -> CertificateAuthority.iaca(IacaRequest.of(
                SubjectName.of("Too long").withCountry("AT"), ISSUER_URI, CRL, Duration.ofDays(20 * 366))));
    }

    @Test
    void anIacaRequestNeedsACountryAnIssuerAltNameAndACrl() {
        SubjectName noCountry = SubjectName.of("IACA");
        assertThrows(IllegalArgumentException.class, () -> IacaRequest.of(noCountry, ISSUER_URI, CRL, Duration.ofDays(1)));
        SubjectName austria = noCountry.withCountry("AT");
        assertThrows(IllegalArgumentException.class, () -> new IacaRequest(austria, List.of(), List.of(), CRL, Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class, () -> IacaRequest.of(austria, ISSUER_URI, URI.create("ldap://x/crl"), Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class, () -> noCountry.withCountry("at"));
        assertThrows(IllegalArgumentException.class, () -> noCountry.withCountry("AUT"));
    }

    @Test
    void theDocumentSignerValidatesUnderTheIacaWithTheMdlDsPurpose() {
        CertificatePathValidator validator = new CertificatePathValidator(List.of(iaca.certificate()));
        Optional<String> mdlDs = Optional.of(Iso18013Spec.DOCUMENT_SIGNER_EXTENDED_KEY_USAGE);

        for (Instant at : List.of(Instant.now(), Instant.now().plus(Duration.ofDays(456)))) {
            PathValidation outcome = validator.validate(documentSigner.chain(), at, mdlDs);
            assertEquals(iaca.certificate(), assertInstanceOf(PathValidation.Valid.class, outcome).anchor());
        }
        PathValidation late = validator.validate(documentSigner.chain(), Instant.now().plus(Duration.ofDays(458)), mdlDs);
        assertEquals(PathValidation.Reason.EXPIRED, assertInstanceOf(PathValidation.Invalid.class, late).reason());
    }

    @Test
    void theDocumentSignerCarriesTheAnnexBExtensions() throws Exception {
        X509Certificate ds = documentSigner.certificate();
        assertEquals(List.of(Iso18013Spec.DOCUMENT_SIGNER_EXTENDED_KEY_USAGE), ds.getExtendedKeyUsage());
        assertTrue(Extensions.critical(ds, EXTENDED_KEY_USAGE));
        assertTrue(Extensions.critical(ds, KEY_USAGE));
        assertEquals(List.of(DIGITAL_SIGNATURE), Extensions.keyUsageBits(ds));
        assertFalse(Extensions.critical(ds, SUBJECT_KEY_IDENTIFIER));
        assertFalse(Extensions.critical(ds, AUTHORITY_KEY_IDENTIFIER));
        assertArrayEquals(Extensions.subjectKeyId(iaca.certificate()), Extensions.authorityKeyId(ds).getKeyIdentifierObject().getOctets());
        assertEquals(null, Extensions.authorityKeyId(ds).getAuthorityCertIssuer(), "the key identifier only");
        assertFalse(Extensions.critical(ds, ISSUER_ALT_NAME));
        assertEquals(List.copyOf(iaca.certificate().getIssuerAlternativeNames()), List.copyOf(ds.getIssuerAlternativeNames()));
        assertEquals(List.of(CRL.toString()), Extensions.crlUris(ds));
        assertFalse(Extensions.present(ds, BASIC_CONSTRAINTS));
        assertEquals(-1, ds.getBasicConstraints());
    }

    @Test
    void theDocumentSignerIsNamedInTheIacasCountryAndIssuedByIt() {
        X509Certificate ds = documentSigner.certificate();
        assertArrayEquals(iaca.certificate().getSubjectX500Principal().getEncoded(), ds.getIssuerX500Principal().getEncoded());
        assertEquals("CN=Sigillum Test DS 1,O=Sigillum,ST=Wien,C=AT", ds.getSubjectX500Principal().getName());
        Duration validity = Duration.between(ds.getNotBefore().toInstant(), ds.getNotAfter().toInstant());
        assertEquals(Iso18013Spec.DOCUMENT_SIGNER_MAX_VALIDITY, validity);
        assertEquals(List.of(ds, iaca.certificate()), documentSigner.chain());
    }

    @Test
    void documentSignersComeOnlyFromAnIacaForAtMost457Days() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentSignerRequest("DS", null, Duration.ofDays(458)));
        CertificateAuthority notAnIaca = CertificateAuthority.selfSigned("Development root", Duration.ofDays(1000));
        assertThrows(IllegalArgumentException.class, () -> notAnIaca.issue(new DocumentSignerRequest("DS", null, Duration.ofDays(10))));
        CertificateAuthority shortIaca = CertificateAuthority.iaca(IacaRequest.of(SubjectName.of("Short").withCountry("AT"),
                ISSUER_URI, CRL, Duration.ofDays(30)));
        assertThrows(IllegalArgumentException.class, () -> shortIaca.issue(new DocumentSignerRequest("DS", null, Duration.ofDays(60))),
                "a DS would outlive its IACA");
        assertThrows(IllegalArgumentException.class, () -> iaca.issueIntermediate(
                new IntermediateCaRequest(SubjectName.of("No room"), 0, Duration.ofDays(1))), "pathLenConstraint 0");
    }

    @Test
    void anIacaKeptElsewhereSignsThroughItsSigner() throws Exception {
        var keys = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        CertificateAuthority remote = CertificateAuthority.iaca(IacaRequest.of(SubjectName.of("HSM IACA").withCountry("DE"),
                ISSUER_URI, CRL, Duration.ofDays(3650)), LocalKeySigner.of("hsm-iaca", keys.getPrivate()), keys.getPublic());
        X509Certificate ds = remote.issue(new DocumentSignerRequest("DS", null, Duration.ofDays(90)), documentSigner.certificate().getPublicKey());

        assertEquals("Ed25519", remote.certificate().getSigAlgName());
        PathValidation outcome = new CertificatePathValidator(List.of(remote.certificate()))
                .validate(List.of(ds), Instant.now(), Optional.of(Iso18013Spec.DOCUMENT_SIGNER_EXTENDED_KEY_USAGE));
        assertInstanceOf(PathValidation.Valid.class, outcome, outcome::toString);
        assertThrows(IllegalStateException.class, remote::privateKey);
    }
}
