package io.sigillum.trust.testing;

import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.CredentialIssuerRequest;
import io.sigillum.crypto.x509.DocumentSignerRequest;
import io.sigillum.crypto.x509.IacaRequest;
import io.sigillum.crypto.x509.IntermediateCaRequest;
import io.sigillum.crypto.x509.IssuedCertificate;
import io.sigillum.crypto.x509.SubjectName;

import java.net.URI;
import java.time.Duration;

/**
 * A test PKI made with {@code sigillum-crypto}: root, intermediate (path length 0) and an SD-JWT VC
 * issuer leaf, valid from five minutes ago; an IACA with a document signer.
 */
public final class Pki {

    public final CertificateAuthority root;
    public final CertificateAuthority intermediate;
    /** [leaf, intermediate, root] */
    public final IssuedCertificate leaf;

    private Pki(String name) {
        root = CertificateAuthority.selfSigned(name + " Root", Duration.ofDays(365));
        intermediate = root.issueIntermediate(new IntermediateCaRequest(SubjectName.of(name + " Issuing CA"), 0, Duration.ofDays(200)));
        leaf = issueLeaf(intermediate, name.toLowerCase().replace(' ', '-') + ".example");
    }

    /** @return a new PKI whose names start with {@code name} */
    public static Pki named(String name) {
        return new Pki(name);
    }

    /** @return an SD-JWT VC issuer leaf for {@code https://host}, valid 30 days */
    public static IssuedCertificate issueLeaf(CertificateAuthority ca, String host) {
        return ca.issue(new CredentialIssuerRequest(SubjectName.of(host), URI.create("https://" + host), Duration.ofDays(30)));
    }

    /** @return an IACA of country DE */
    public static CertificateAuthority iaca(String name) {
        return CertificateAuthority.iaca(IacaRequest.of(SubjectName.of(name).withCountry("DE"),
                URI.create("https://iaca.example"), URI.create("https://iaca.example/crl"), Duration.ofDays(365)));
    }

    /** @return a document signer under the IACA, valid 90 days: [DS, IACA] */
    public static IssuedCertificate documentSigner(CertificateAuthority iaca) {
        return iaca.issue(new DocumentSignerRequest("Test Document Signer", "Test Issuer", Duration.ofDays(90)));
    }
}
