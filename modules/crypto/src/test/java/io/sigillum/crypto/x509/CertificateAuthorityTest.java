package io.sigillum.crypto.x509;

import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateAuthorityTest {

    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final int DNS = 2;
    private static final int IP = 7;

    private static CertificateAuthority ca;
    private static IssuedCertificate leaf;

    @BeforeAll
    static void issue() {
        ca = CertificateAuthority.selfSigned("Sigillum dev CA", Duration.ofDays(3650));
        leaf = ca.issueServerCertificate(new ServerCertificateRequest(
                "issuance", List.of("issuance.sigillum.test"), Duration.ofDays(90)));
    }

    @Test
    void leafValidatesAgainstTheCaWithPkix() throws Exception {
        validate(leaf.certificate(), ca.certificate());
        assertEquals(List.of(leaf.certificate(), ca.certificate()), leaf.chain());
    }

    @Test
    void leafFromAnotherCaFailsValidation() {
        CertificateAuthority other = CertificateAuthority.selfSigned("Other CA", Duration.ofDays(1));
        X509Certificate foreign = other.issueServerCertificate(
                new ServerCertificateRequest("x", List.of(), Duration.ofDays(1))).certificate();
        assertThrows(CertPathValidatorException.class, () -> validate(foreign, ca.certificate()));
    }

    @Test
    void caCertificateHasTheCaProfile() throws Exception {
        X509Certificate caCert = ca.certificate();
        assertEquals(caCert.getSubjectX500Principal(), caCert.getIssuerX500Principal());
        caCert.verify(caCert.getPublicKey());
        assertEquals(Integer.MAX_VALUE, caCert.getBasicConstraints());
        assertTrue(caCert.getCriticalExtensionOIDs().contains("2.5.29.19"), "basicConstraints critical");
        boolean[] usage = caCert.getKeyUsage();
        assertTrue(usage[5], "keyCertSign");
        assertTrue(usage[6], "cRLSign");
        assertNotNull(caCert.getExtensionValue("2.5.29.14"), "subject key identifier");
        assertEquals("EC", caCert.getPublicKey().getAlgorithm());
        assertEquals("SHA256withECDSA", caCert.getSigAlgName());
    }

    @Test
    void leafNamesLocalhostLoopbackAndTheExtraNames() throws Exception {
        Collection<List<?>> sans = leaf.certificate().getSubjectAlternativeNames();
        assertTrue(sans.contains(List.of(DNS, "localhost")), sans::toString);
        assertTrue(sans.contains(List.of(DNS, "issuance.sigillum.test")), sans::toString);
        assertTrue(sans.contains(List.of(IP, "127.0.0.1")), sans::toString);
        assertEquals(3, sans.size());
    }

    @Test
    void leafIsForTlsServersAndClientsOnly() throws Exception {
        X509Certificate cert = leaf.certificate();
        assertEquals(Set.copyOf(List.of(SERVER_AUTH, CLIENT_AUTH)), Set.copyOf(cert.getExtendedKeyUsage()));
        boolean[] usage = cert.getKeyUsage();
        assertTrue(usage[0], "digitalSignature");
        for (int bit = 1; bit < usage.length; bit++) {
            assertFalse(usage[bit], "only digitalSignature, but bit " + bit + " is set");
        }
        assertEquals(-1, cert.getBasicConstraints());
        assertTrue(cert.getSubjectX500Principal().getName().contains("CN=issuance"));
    }

    @Test
    void leafAuthorityKeyIdIsTheCaSubjectKeyId() throws Exception {
        byte[] caKeyId = SubjectKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                ca.certificate().getExtensionValue("2.5.29.14"))).getKeyIdentifier();
        byte[] leafAuthorityKeyId = AuthorityKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                leaf.certificate().getExtensionValue("2.5.29.35"))).getKeyIdentifierObject().getOctets();
        assertArrayEquals(caKeyId, leafAuthorityKeyId);
    }

    @Test
    void leafValidityFollowsTheRequest() {
        Instant notAfter = leaf.certificate().getNotAfter().toInstant();
        Instant expected = Instant.now().plus(Duration.ofDays(90));
        assertTrue(Duration.between(notAfter, expected).abs().compareTo(Duration.ofMinutes(1)) < 0);
        assertTrue(leaf.certificate().getNotBefore().toInstant().isBefore(Instant.now()));
    }

    @Test
    void ofAcceptsTheMatchingKeyAndRefusesAnother() throws Exception {
        CertificateAuthority reloaded = CertificateAuthority.of(ca.certificate(), ca.privateKey());
        validate(reloaded.issueServerCertificate(
                new ServerCertificateRequest("again", List.of(), Duration.ofDays(1))).certificate(),
                ca.certificate());
        CertificateAuthority other = CertificateAuthority.selfSigned("Other CA", Duration.ofDays(1));
        assertThrows(IllegalArgumentException.class,
                () -> CertificateAuthority.of(ca.certificate(), other.privateKey()));
        assertThrows(IllegalArgumentException.class,
                () -> CertificateAuthority.of(leaf.certificate(), leaf.privateKey()));
    }

    @Test
    void requestRejectsNonsense() {
        assertThrows(IllegalArgumentException.class,
                () -> new ServerCertificateRequest(" ", List.of(), Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new ServerCertificateRequest("a", List.of(), Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> CertificateAuthority.selfSigned("a", Duration.ofDays(-1)));
    }

    private static void validate(X509Certificate leafCert, X509Certificate anchor) throws Exception {
        CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(leafCert));
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(path, parameters);
    }
}
