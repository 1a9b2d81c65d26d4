package io.sigillum.keymanagement.backend.software;

import io.sigillum.crypto.jwk.Thumbprints;
import io.sigillum.crypto.sign.DigestSigner;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.keymanagement.backend.GeneratedKey;
import io.sigillum.keymanagement.backend.KeyAlgorithm;
import io.sigillum.keymanagement.backend.KeyBackend;
import io.sigillum.keymanagement.backend.KeyBackendException;
import io.sigillum.keymanagement.backend.StoredKey;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;

/**
 * Keys generated with the active JCA provider, kept wrapped under the master key in the service's
 * schema. Destroying a key is deleting its wrapped form (the caller nulls the column).
 */
public final class SoftwareBackend implements KeyBackend {

    /** The name in configuration and in the database. */
    public static final String NAME = "software";

    private final MasterKey masterKey;
    private final KeyWrapping wrapping;

    public SoftwareBackend(MasterKey masterKey) {
        this.masterKey = masterKey;
        this.wrapping = new KeyWrapping(masterKey);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(KeyAlgorithm algorithm) {
        return true;
    }

    @Override
    public GeneratedKey generate(KeyAlgorithm algorithm, String binding) {
        KeyPair pair = newKeyPair(algorithm);
        String kid = Thumbprints.sha256(pair.getPublic());
        String wrapped = wrapping.wrap(pair.getPrivate(), kid, binding);
        return new GeneratedKey(kid, pair.getPublic(), wrapped, masterKey.id(), null);
    }

    /**
     * Wraps a private key made elsewhere in this process (a certificate authority's, made with its
     * certificate), so it is kept like the keys this backend generates.
     */
    public GeneratedKey wrap(java.security.KeyPair pair, String binding) {
        String kid = Thumbprints.sha256(pair.getPublic());
        return new GeneratedKey(kid, pair.getPublic(), wrapping.wrap(pair.getPrivate(), kid, binding), masterKey.id(), null);
    }

    @Override
    public DigestSigner signer(StoredKey key, String binding) {
        if (key.wrappedKey() == null) {
            throw new KeyBackendException("key " + key.kid() + " has no private part any more");
        }
        if (!masterKey.id().equals(key.masterKeyId())) {
            throw new KeyBackendException("key " + key.kid() + " was wrapped under master key " + key.masterKeyId()
                    + ", but this service runs with master key " + masterKey.id());
        }
        PrivateKey privateKey = wrapping.unwrap(key.wrappedKey(), key.algorithm(), key.kid(), binding);
        return LocalKeySigner.of(key.kid(), privateKey);
    }

    @Override
    public void destroy(StoredKey key) {
        // The wrapped key lives only in the row, which the caller erases.
    }

    private static KeyPair newKeyPair(KeyAlgorithm algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.keyType());
            generator.initialize(algorithm.parameters());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new KeyBackendException("cannot generate a " + algorithm.joseName() + " key: " + e.getMessage(), e);
        }
    }
}
