package io.sigillum.keymanagement.backend.pkcs11;

import io.sigillum.crypto.jwk.Thumbprints;
import io.sigillum.crypto.pkcs11.Pkcs11Exception;
import io.sigillum.crypto.pkcs11.Pkcs11Signer;
import io.sigillum.crypto.pkcs11.Pkcs11Token;
import io.sigillum.crypto.sign.DigestSigner;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.keymanagement.backend.GeneratedKey;
import io.sigillum.keymanagement.backend.KeyAlgorithm;
import io.sigillum.keymanagement.backend.KeyBackend;
import io.sigillum.keymanagement.backend.KeyBackendException;
import io.sigillum.keymanagement.backend.StoredKey;

import java.util.UUID;

/**
 * Keys generated inside a PKCS#11 token (an HSM, SoftHSM2 in tests) through the JDK's SunPKCS11
 * provider: sensitive and not extractable, so the private key never exists outside the token.
 * The database keeps only the key's label. ECDSA keys only: SunPKCS11 makes no Ed25519 keys, and
 * key agreement keys stay in software.
 */
public final class Pkcs11Backend implements KeyBackend {

    /** The name in configuration and in the database. */
    public static final String NAME = "pkcs11";

    private final Pkcs11Token token;

    public Pkcs11Backend(Pkcs11Token token) {
        this.token = token;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(KeyAlgorithm algorithm) {
        return algorithm.signature().filter(alg -> alg != SignatureAlgorithm.EDDSA).isPresent();
    }

    @Override
    public GeneratedKey generate(KeyAlgorithm algorithm, String binding) {
        SignatureAlgorithm signature = algorithm.signature()
                .filter(alg -> alg != SignatureAlgorithm.EDDSA)
                .orElseThrow(() -> new KeyBackendException("the pkcs11 backend makes ECDSA signing keys (ES256, ES384,"
                        + " ES512), not " + algorithm.joseName() + "; configure another backend for this purpose"));
        String label = "sigillum-" + UUID.randomUUID();
        try {
            Pkcs11Signer signer = token.generateKey(label, signature);
            return new GeneratedKey(Thumbprints.sha256(signer.publicKey()), signer.publicKey(), null, null, label);
        } catch (Pkcs11Exception e) {
            throw new KeyBackendException("the HSM could not generate a " + algorithm.joseName() + " key: " + e.getMessage(), e);
        }
    }

    @Override
    public DigestSigner signer(StoredKey key, String binding) {
        if (key.keyRef() == null) {
            throw new KeyBackendException("key " + key.kid() + " has no HSM label");
        }
        try {
            return token.signer(key.keyRef());
        } catch (Pkcs11Exception e) {
            throw new KeyBackendException("the HSM cannot find key " + key.kid() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void destroy(StoredKey key) {
        if (key.keyRef() == null) {
            return;
        }
        try {
            token.deleteKey(key.keyRef());
        } catch (Pkcs11Exception e) {
            throw new KeyBackendException("the HSM could not destroy key " + key.kid() + ": " + e.getMessage(), e);
        }
    }
}
