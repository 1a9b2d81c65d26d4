package io.sigillum.statuslist.token;

import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.IssuedCertificate;
import io.sigillum.crypto.x509.StatusListSignerRequest;
import io.sigillum.crypto.x509.SubjectName;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/** Keys for the token tests. */
final class TestSigners {

    /** An OID under the documentation arc, since the draft's status signing EKU is still "TBD". */
    static final String TEST_EKU = "1.3.6.1.4.1.32473.1";

    private TestSigners() {
    }

    /** A fresh ES256 key, its key id "12" as in the draft's examples. */
    record Key(Signer signer, Verifier verifier) {
    }

    static Key es256() {
        KeyPair keys = EcKeyPairs.p256();
        return new Key(LocalKeySigner.of("12", keys.getPrivate()), Verifier.of(keys.getPublic()));
    }

    /** A status list signer certified by a development CA, so its chain goes in x5c / x5chain. */
    static Key certified() {
        CertificateAuthority ca = CertificateAuthority.selfSigned("Status Test CA", Duration.ofDays(2));
        IssuedCertificate leaf = ca.issue(new StatusListSignerRequest(SubjectName.of("Status Issuer"), TEST_EKU, Duration.ofDays(1)));
        List<X509Certificate> chain = leaf.chain();
        return new Key(LocalKeySigner.of("status-1", leaf.privateKey(), chain), Verifier.of(chain.get(0).getPublicKey()));
    }

    /**
     * A {@link Signer} that is none of the library's own classes, standing for a remote one such as
     * the KMS client's: the token code must need nothing but the interface.
     */
    static Signer elsewhere(Signer delegate) {
        return new Signer() {
            @Override
            public String keyId() {
                return "kms:" + delegate.keyId();
            }

            @Override
            public SignatureAlgorithm algorithm() {
                return delegate.algorithm();
            }

            @Override
            public byte[] sign(byte[] signingInput) {
                return delegate.sign(signingInput);
            }

            @Override
            public List<X509Certificate> certificateChain() {
                return List.of();
            }
        };
    }
}
