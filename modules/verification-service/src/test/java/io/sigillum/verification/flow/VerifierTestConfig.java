package io.sigillum.verification.flow;

import io.sigillum.crypto.pem.Pem;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.IssuedCertificate;
import io.sigillum.crypto.x509.SubjectName;
import io.sigillum.crypto.x509.VerifierCertificateRequest;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Signs request objects in tests with a local key whose certificate (issued by a test CA, DNS
 * name {@code localhost}, the host of the default public URL) stands in for key management's.
 * Register after {@code TestStack} and before {@code @HelidonTest}.
 */
public final class VerifierTestConfig implements BeforeAllCallback {

    private static IssuedCertificate signing;

    private static Path keyFile;
    private static Path chainFile;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
        // Every time: another test class of this JVM may have pointed the service elsewhere.
        System.setProperty("sigillum.verification.signer", "local");
        System.setProperty("sigillum.verification.signer.key-file", keyFile.toString());
        System.setProperty("sigillum.verification.signer.certificate-file", chainFile.toString());
    }

    /** The request-signing key and chain the service uses. */
    public static synchronized IssuedCertificate signing() {
        start();
        return signing;
    }

    private static synchronized void start() {
        if (signing != null) {
            return;
        }
        CertificateAuthority ca = CertificateAuthority.selfSigned("Sigillum test verifier CA", Duration.ofDays(1));
        signing = ca.issue(new VerifierCertificateRequest(SubjectName.of("Sigillum test verifier"), "localhost", Duration.ofDays(1)));
        try {
            Path dir = Files.createTempDirectory("sigillum-verifier-test");
            keyFile = Files.writeString(dir.resolve("request-signing.key.pem"), Pem.encodePrivateKey(signing.privateKey()));
            chainFile = Files.writeString(dir.resolve("request-signing.chain.pem"), Pem.encodeCertificates(signing.chain()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
