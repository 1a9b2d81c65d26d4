package io.sigillum.crypto.x509;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static io.sigillum.crypto.x509.Extensions.BASIC_CONSTRAINTS;
import static io.sigillum.crypto.x509.Extensions.CRL_SIGN;
import static io.sigillum.crypto.x509.Extensions.DIGITAL_SIGNATURE;
import static io.sigillum.crypto.x509.Extensions.EXTENDED_KEY_USAGE;
import static io.sigillum.crypto.x509.Extensions.KEY_CERT_SIGN;
import static io.sigillum.crypto.x509.Extensions.KEY_USAGE;
import static io.sigillum.crypto.x509.Extensions.SUBJECT_ALT_NAME;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Root, intermediate and the signing leaves under it: chains of three certificates. */
class ChainProfilesTest {

    private static final int DNS = 2;
    private static final int URI_NAME = 6;
    /** A test arc for the status signing purpose, whose real number IANA has not assigned yet. */
    private static final String STATUS_SIGNING_TEST_OID = "1.3.6.1.4.1.99999.1.1";

    private static CertificateAuthority root;
    private static CertificateAuthority intermediate;
    private static CertificatePathValidator validator;

    @BeforeAll
    static void issue() {
        root = CertificateAuthority.selfSigned("Sigillum Test Root", Duration.ofDays(3650));
        intermediate = root.issueIntermediate(new IntermediateCaRequest(
                SubjectName.of("Sigillum Issuing CA").withOrganization("Sigillum").withCountry("EU"), 0, Duration.ofDays(730)));
        validator = new CertificatePathValidator(List.of(root.certificate()));
    }

    private static void assertValid(List<X509Certificate> chain, Optional<String> eku) {
        for (List<X509Certificate> path : List.of(chain, chain.subList(0, chain.size() - 1))) {
            PathValidation outcome = validator.validate(path, Instant.now().plus(Duration.ofDays(1)), eku);
            assertEquals(root.certificate(), assertInstanceOf(PathValidation.Valid.class, outcome, outcome::toString).anchor());
        }
    }

    @Test
    void theIntermediateIsAConstrainedCaUnderTheRoot() throws Exception {
        X509Certificate ca = intermediate.certificate();
        assertEquals(List.of(ca, root.certificate()), intermediate.chain());
        assertEquals(0, ca.getBasicConstraints());
        assertTrue(Extensions.critical(ca, BASIC_CONSTRAINTS));
        assertTrue(Extensions.critical(ca, KEY_USAGE));
        assertEquals(List.of(KEY_CERT_SIGN, CRL_SIGN), Extensions.keyUsageBits(ca));
        assertArrayEquals(Extensions.subjectKeyId(root.certificate()), Extensions.authorityKeyId(ca).getKeyIdentifierObject().getOctets());
        assertEquals("CN=Sigillum Issuing CA,O=Sigillum,C=EU", ca.getSubjectX500Principal().getName());
        assertInstanceOf(PathValidation.Valid.class, validator.validate(List.of(ca), Instant.now(), Optional.empty()));
    }

    @Test
    void aThreeCertificateChainValidatesForEachLeafProfile() {
        IssuedCertificate tls = intermediate.issueServerCertificate(
                new ServerCertificateRequest("status", List.of("status.sigillum.test"), Duration.ofDays(30)));
        IssuedCertificate issuer = intermediate.issue(new CredentialIssuerRequest(
                SubjectName.of("PID Issuer"), URI.create("https://issuer.sigillum.test"), Duration.ofDays(30)));
        IssuedCertificate verifier = intermediate.issue(new VerifierCertificateRequest(
                SubjectName.of("Verifier"), "verifier.sigillum.test", Duration.ofDays(30)));
        IssuedCertificate statusSigner = intermediate.issue(new StatusListSignerRequest(
                SubjectName.of("Status Issuer"), STATUS_SIGNING_TEST_OID, Duration.ofDays(30)));

        for (IssuedCertificate leaf : List.of(tls, issuer, verifier, statusSigner)) {
            assertEquals(3, leaf.chain().size());
            assertEquals(List.of(intermediate.certificate(), root.certificate()), leaf.chain().subList(1, 3));
            assertValid(leaf.chain(), Optional.empty());
        }
        assertValid(statusSigner.chain(), Optional.of(STATUS_SIGNING_TEST_OID));
        assertValid(tls.chain(), Optional.of("1.3.6.1.5.5.7.3.1"));
    }

    @Test
    void anSdJwtVcIssuerLeafNamesTheIssuerAsUriAndHost() throws Exception {
        X509Certificate leaf = intermediate.issue(new CredentialIssuerRequest(SubjectName.of("PID Issuer").withOrganization("Sigillum"),
                URI.create("https://issuer.sigillum.test/pid"), Duration.ofDays(30))).certificate();

        Collection<List<?>> names = leaf.getSubjectAlternativeNames();
        assertEquals(2, names.size(), names::toString);
        assertTrue(names.contains(List.of(URI_NAME, "https://issuer.sigillum.test/pid")), names::toString);
        assertTrue(names.contains(List.of(DNS, "issuer.sigillum.test")), names::toString);
        assertFalse(Extensions.critical(leaf, SUBJECT_ALT_NAME), "the subject DN is not empty");
        assertSigningLeaf(leaf);
        assertNull(leaf.getExtendedKeyUsage());

        X509Certificate dns = intermediate.issue(new CredentialIssuerRequest(SubjectName.of("DNS issuer"),
                URI.create("dns:issuer.sigillum.test"), Duration.ofDays(30))).certificate();
        assertEquals(List.of(List.of(DNS, "issuer.sigillum.test")), List.copyOf(dns.getSubjectAlternativeNames()));
        assertThrows(IllegalArgumentException.class, () -> new CredentialIssuerRequest(SubjectName.of("x"),
                URI.create("http://issuer.sigillum.test"), Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class, () -> new CredentialIssuerRequest(SubjectName.of("x"),
                URI.create("urn:example:issuer"), Duration.ofDays(1)));
    }

    @Test
    void aVerifierLeafCarriesTheX509SanDnsClientIdHost() throws Exception {
        VerifierCertificateRequest request = new VerifierCertificateRequest(SubjectName.of("Verifier"), "Verifier.Sigillum.TEST", Duration.ofDays(30));
        X509Certificate leaf = intermediate.issue(request).certificate();

        assertEquals("x509_san_dns:verifier.sigillum.test", request.clientId());
        assertEquals(List.of(List.of(DNS, "verifier.sigillum.test")), List.copyOf(leaf.getSubjectAlternativeNames()));
        assertSigningLeaf(leaf);
        for (String notAHost : List.of("*.sigillum.test", "127.0.0.1", "https://verifier.sigillum.test", "verifier.", "", "a..b")) {
            assertThrows(IllegalArgumentException.class,
                    () -> new VerifierCertificateRequest(SubjectName.of("v"), notAHost, Duration.ofDays(1)), notAHost);
        }
    }

    @Test
    void aStatusListSignerLeafCarriesTheStatusSigningPurpose() throws Exception {
        X509Certificate leaf = intermediate.issue(new StatusListSignerRequest(
                SubjectName.of("Status Issuer"), STATUS_SIGNING_TEST_OID, Duration.ofDays(30))).certificate();

        assertEquals(List.of(STATUS_SIGNING_TEST_OID), leaf.getExtendedKeyUsage());
        assertFalse(Extensions.critical(leaf, EXTENDED_KEY_USAGE));
        assertSigningLeaf(leaf);
        assertEquals("id-kp-oauthStatusSigning", StatusListSignerRequest.STATUS_SIGNING_PURPOSE);
        assertThrows(IllegalArgumentException.class, () -> new StatusListSignerRequest(SubjectName.of("s"), "not.an.oid", Duration.ofDays(1)));
    }

    @Test
    void pathLengthAndValidityAreEnforcedWhenIssuing() {
        assertThrows(IllegalArgumentException.class, () -> intermediate.issueIntermediate(
                new IntermediateCaRequest(SubjectName.of("Too deep"), 0, Duration.ofDays(1))));
        CertificateAuthority two = root.issueIntermediate(new IntermediateCaRequest(SubjectName.of("Policy CA"), 1, Duration.ofDays(700)));
        assertThrows(IllegalArgumentException.class, () -> two.issueIntermediate(
                new IntermediateCaRequest(SubjectName.of("Same depth"), 1, Duration.ofDays(1))));
        CertificateAuthority issuing = two.issueIntermediate(new IntermediateCaRequest(SubjectName.of("Issuing"), 0, Duration.ofDays(300)));
        IssuedCertificate leaf = issuing.issue(new VerifierCertificateRequest(SubjectName.of("v"), "v.sigillum.test", Duration.ofDays(10)));
        assertEquals(4, leaf.chain().size());
        assertValid(leaf.chain(), Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> issuing.issue(
                new VerifierCertificateRequest(SubjectName.of("v"), "v.sigillum.test", Duration.ofDays(400))), "outlives its CA");
    }

    private static void assertSigningLeaf(X509Certificate leaf) throws Exception {
        assertTrue(Extensions.critical(leaf, KEY_USAGE));
        assertEquals(List.of(DIGITAL_SIGNATURE), Extensions.keyUsageBits(leaf));
        assertEquals(-1, leaf.getBasicConstraints());
        assertArrayEquals(Extensions.subjectKeyId(intermediate.certificate()), Extensions.authorityKeyId(leaf).getKeyIdentifierObject().getOctets());
        assertEquals(intermediate.certificate().getSubjectX500Principal(), leaf.getIssuerX500Principal());
    }
}
