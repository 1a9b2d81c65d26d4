package io.sigillum.wallet.proof;

import com.nimbusds.jose.jwk.JWK;
import io.sigillum.crypto.jwk.PublicJwks;
import io.sigillum.crypto.jwk.Thumbprints;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.Signer;

import java.security.KeyPair;
import java.util.Objects;

/**
 * A key a credential is to be bound to: a fresh P-256 key for each credential, so that credentials
 * of one batch cannot be linked by their {@code cnf} (OID4VCI 1.0 §3.3: different cryptographic data).
 */
public final class HolderKey {

    private final KeyPair keys;
    private final Signer signer;
    private final JWK publicJwk;
    private final String thumbprint;

    private HolderKey(KeyPair keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.signer = LocalKeySigner.of("holder", keys.getPrivate());
        this.publicJwk = PublicJwks.of(keys.getPublic(), null);
        this.thumbprint = Thumbprints.sha256(publicJwk);
    }

    /** @return a fresh P-256 key */
    public static HolderKey generate() {
        return new HolderKey(EcKeyPairs.p256());
    }

    /** @return the key pair */
    public KeyPair keyPair() {
        return keys;
    }

    Signer signer() {
        return signer;
    }

    /** @return the public JWK, as the proof's {@code jwk} header carries it */
    public JWK publicJwk() {
        return publicJwk;
    }

    /** @return its RFC 7638 SHA-256 thumbprint */
    public String thumbprint() {
        return thumbprint;
    }

    /** @return the thumbprint only */
    @Override
    public String toString() {
        return "HolderKey[" + thumbprint + "]";
    }
}
