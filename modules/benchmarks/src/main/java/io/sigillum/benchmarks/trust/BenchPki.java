package io.sigillum.benchmarks.trust;

import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.CredentialIssuerRequest;
import io.sigillum.crypto.x509.IntermediateCaRequest;
import io.sigillum.crypto.x509.SubjectName;

import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The measured issuer's PKI, made with {@code sigillum-crypto} as the trust module's tests make
 * theirs: a root (the anchor registered), an intermediate (path length 0) and any number of SD-JWT
 * VC issuer leaves under it, ES256 throughout. Each leaf has its own key, serial and name.
 *
 * @param root         the root CA, registered as the issuer's anchor
 * @param intermediate the issuing CA, sent in every chain
 * @param leaves       the leaves' {@code x5c}: leaf, intermediate (the root left out, as issuers send it)
 */
record BenchPki(CertificateAuthority root, CertificateAuthority intermediate, List<List<String>> leaves) {

    /** @param leaves how many leaves to issue */
    static BenchPki create(String host, int leaves) {
        CertificateAuthority root = CertificateAuthority.selfSigned("Sigillum Bench PID Root", Duration.ofDays(365));
        CertificateAuthority intermediate = root.issueIntermediate(
                new IntermediateCaRequest(SubjectName.of("Sigillum Bench PID Issuing CA"), 0, Duration.ofDays(200)));
        String intermediateBase64 = base64(intermediate.certificate());
        List<List<String>> x5cs = new ArrayList<>(leaves);
        for (int i = 0; i < leaves; i++) {
            String name = "signer-" + i + "." + host;
            X509Certificate leaf = intermediate.issue(new CredentialIssuerRequest(SubjectName.of(name),
                    URI.create("https://" + name), Duration.ofDays(30))).certificate();
            x5cs.add(List.of(base64(leaf), intermediateBase64));
        }
        return new BenchPki(root, intermediate, List.copyOf(x5cs));
    }

    /** @return a root of another issuer, for the registry's other anchors */
    static X509Certificate otherRoot(int number) {
        return CertificateAuthority.selfSigned("Sigillum Bench Other Root " + number, Duration.ofDays(365)).certificate();
    }

    /** @return standard base64 of the DER, as {@code x5c} and the registry's API carry certificates */
    static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate just made cannot be encoded", e);
        }
    }
}
