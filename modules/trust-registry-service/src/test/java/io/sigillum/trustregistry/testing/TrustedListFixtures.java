package io.sigillum.trustregistry.testing;

import io.sigillum.crypto.pem.Pem;
import io.sigillum.crypto.x509.CertificateAuthority;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The list operators of the trusted-list tests and the registry's configuration for them: DE's
 * operator is configured ({@code sigillum.trust-registry.trusted-lists.DE.signers}), so is the list
 * of trusted lists' ({@code sigillum.trust-registry.lotl.signers}); FR's operator is known only
 * through the list of trusted lists. Register before {@code @HelidonTest}. Sequence numbers start
 * from the clock, so they keep growing on a PostgreSQL database reused between runs.
 */
public final class TrustedListFixtures implements BeforeAllCallback {

    /** The largest list the tests' registry accepts. */
    public static final int MAX_BYTES = 200_000;

    public static final CertificateAuthority DE_OPERATOR = CertificateAuthority.selfSigned("DE trusted list operator", Duration.ofDays(365));
    public static final CertificateAuthority FR_OPERATOR = CertificateAuthority.selfSigned("FR trusted list operator", Duration.ofDays(365));
    public static final CertificateAuthority LOTL_OPERATOR = CertificateAuthority.selfSigned("EU LoTL operator", Duration.ofDays(365));
    public static final CertificateAuthority STRANGER = CertificateAuthority.selfSigned("Someone else", Duration.ofDays(365));

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis());
    private static boolean configured;

    @Override
    public void beforeAll(ExtensionContext context) {
        configure();
    }

    static synchronized void configure() {
        if (configured) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("sigillum-trusted-lists");
            System.setProperty("sigillum.trust-registry.trusted-lists.DE.signers", pem(dir, "de.pem", DE_OPERATOR));
            System.setProperty("sigillum.trust-registry.lotl.signers", pem(dir, "lotl.pem", LOTL_OPERATOR));
            System.setProperty("sigillum.trust-registry.trusted-lists.max-bytes", String.valueOf(MAX_BYTES));
            configured = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sequence number greater than every one handed out before, in this run and earlier ones. */
    public static long nextSequenceNumber() {
        return SEQUENCE.incrementAndGet();
    }

    /** The list signed by the operator. */
    public static byte[] signed(TestList list, CertificateAuthority operator) {
        return ListSigning.sign(list.xml(), operator.privateKey(), operator.certificate());
    }

    private static String pem(Path dir, String name, CertificateAuthority operator) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, Pem.encodeCertificate(operator.certificate()), StandardCharsets.US_ASCII);
        return file.toString();
    }
}
