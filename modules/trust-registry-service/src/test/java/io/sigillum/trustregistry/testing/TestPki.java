package io.sigillum.trustregistry.testing;

import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.CredentialIssuerRequest;
import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.crypto.x509.IntermediateCaRequest;
import io.sigillum.crypto.x509.IssuedCertificate;
import io.sigillum.crypto.x509.SubjectName;

import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * A small PKI made with {@code sigillum-crypto}, as the trust library's tests make theirs: a root
 * (valid a year), an intermediate with path length 0 (200 days) and an SD-JWT VC issuer leaf
 * (30 days), all valid from a few minutes ago.
 */
public final class TestPki {

    public final CertificateAuthority root;
    public final CertificateAuthority intermediate;
    /** [leaf, intermediate, root] */
    public final IssuedCertificate leaf;

    private TestPki(String name) {
        root = CertificateAuthority.selfSigned(name + " Root", Duration.ofDays(365));
        intermediate = root.issueIntermediate(new IntermediateCaRequest(SubjectName.of(name + " Issuing CA"), 0, Duration.ofDays(200)));
        String host = name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".example";
        leaf = intermediate.issue(new CredentialIssuerRequest(SubjectName.of(host), URI.create("https://" + host), Duration.ofDays(30)));
    }

    /** @return a new PKI whose names start with {@code name} */
    public static TestPki named(String name) {
        return new TestPki(name);
    }

    /** @return the chain as an {@code x5c} value, leaf first, without the root */
    public List<String> x5cWithoutRoot() {
        return DerCertificates.toX5c(leaf.chain().subList(0, 2));
    }

    /** @return the chain as an {@code x5c} value, leaf first, root included */
    public List<String> x5c() {
        return DerCertificates.toX5c(leaf.chain());
    }

    /** @return standard base64 of the certificate's DER */
    public static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
