package io.sigillum.crypto.x509;

import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Signer;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A CA whose private key is not in this process: certificates are signed through a {@link Signer}. */
class SignerBackedCaTest {

    /** Stands for an HSM or the key-management service: it signs, and never hands out its key. */
    private static final class RemoteSigner implements Signer {
        private final Signer inside;
        private final AtomicInteger calls = new AtomicInteger();

        RemoteSigner(Signer inside) {
            this.inside = inside;
        }

        @Override
        public String keyId() {
            return inside.keyId();
        }

        @Override
        public SignatureAlgorithm algorithm() {
            return inside.algorithm();
        }

        @Override
        public byte[] sign(byte[] signingInput) {
            calls.incrementAndGet();
            return inside.sign(signingInput);
        }

        @Override
        public List<X509Certificate> certificateChain() {
            return List.of();
        }
    }

    private static KeyPair ec(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    @Test
    void anIntermediateInAnHsmIssuesCertificatesThatVerify() throws Exception {
        CertificateAuthority root = CertificateAuthority.selfSigned("Offline Root", Duration.ofDays(3650));
        KeyPair hsmKey = ec("secp384r1");
        X509Certificate intermediateCertificate = root.issue(
                new IntermediateCaRequest(SubjectName.of("HSM Issuing CA"), 0, Duration.ofDays(365)), hsmKey.getPublic());
        RemoteSigner hsm = new RemoteSigner(LocalKeySigner.of("hsm-1", hsmKey.getPrivate()));
        CertificateAuthority issuing = CertificateAuthority.of(List.of(intermediateCertificate, root.certificate()), hsm);

        KeyPair leafKey = ec("secp256r1");
        X509Certificate leaf = issuing.issue(new VerifierCertificateRequest(SubjectName.of("Verifier"), "rp.sigillum.test",
                Duration.ofDays(30)), leafKey.getPublic());

        assertEquals(1, hsm.calls.get(), "one signature per certificate");
        assertEquals("SHA384withECDSA", leaf.getSigAlgName(), "the algorithm follows the CA key: ES384");
        leaf.verify(hsmKey.getPublic());
        PathValidation outcome = new CertificatePathValidator(List.of(root.certificate()))
                .validate(List.of(leaf, intermediateCertificate, root.certificate()), Instant.now(), Optional.empty());
        assertInstanceOf(PathValidation.Valid.class, outcome, outcome::toString);
        assertThrows(IllegalStateException.class, issuing::privateKey);
        assertEquals(List.of(intermediateCertificate, root.certificate()), issuing.chain());
    }

    @Test
    void aSignerWithAnotherKeyIsCaughtAtTheFirstCertificate() throws Exception {
        CertificateAuthority root = CertificateAuthority.selfSigned("Root", Duration.ofDays(30));
        Signer wrongKey = new RemoteSigner(LocalKeySigner.of("wrong", ec("secp256r1").getPrivate()));
        CertificateAuthority misconfigured = CertificateAuthority.of(List.of(root.certificate()), wrongKey);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> misconfigured.issue(new VerifierCertificateRequest(SubjectName.of("v"), "v.sigillum.test", Duration.ofDays(1))));
        assertEquals("key wrong is not the key of the issuing certificate", refused.getMessage());
    }

    @Test
    void aSignerOfAnotherAlgorithmOrAGarbledSignatureIsRefused() throws Exception {
        CertificateAuthority root = CertificateAuthority.selfSigned("Root", Duration.ofDays(30));
        Signer p384 = LocalKeySigner.of("p384", ec("secp384r1").getPrivate());
        assertThrows(IllegalArgumentException.class, () -> CertificateAuthority.of(List.of(root.certificate()), p384));

        Signer zeros = new Signer() {
            @Override
            public String keyId() {
                return "zeros";
            }

            @Override
            public SignatureAlgorithm algorithm() {
                return SignatureAlgorithm.ES256;
            }

            @Override
            public byte[] sign(byte[] signingInput) {
                return new byte[64];
            }

            @Override
            public List<X509Certificate> certificateChain() {
                return List.of();
            }
        };
        CertificateAuthority broken = CertificateAuthority.of(List.of(root.certificate()), zeros);
        assertThrows(IllegalArgumentException.class,
                () -> broken.issue(new VerifierCertificateRequest(SubjectName.of("v"), "v.sigillum.test", Duration.ofDays(1))));
        IssuedCertificate leaf = root.issueServerCertificate(new ServerCertificateRequest("leaf", List.of(), Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class, () -> CertificateAuthority.of(leaf.chain(), zeros), "not a CA");
    }
}
