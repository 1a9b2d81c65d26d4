package io.sigillum.wallet.dpop;

import com.nimbusds.jose.jwk.JWK;
import io.sigillum.crypto.jwk.PublicJwks;
import io.sigillum.crypto.jwk.Thumbprints;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.LocalKeySigner;
import io.sigillum.crypto.sign.Signer;

import java.security.KeyPair;
import java.util.Objects;

/**
 * The key a wallet proves possession of with DPoP (RFC 9449): a P-256 key signing ES256, one per
 * issuance, so access tokens of different issuances are bound to different keys.
 */
public final class DpopKey {

    private final KeyPair keys;
    private final Signer signer;
    private final JWK publicJwk;

    private DpopKey(KeyPair keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.signer = LocalKeySigner.of("dpop", keys.getPrivate());
        this.publicJwk = PublicJwks.of(keys.getPublic(), null);
    }

    /** @return a fresh P-256 key */
    public static DpopKey generate() {
        return new DpopKey(EcKeyPairs.p256());
    }

    /** @return the signer of proofs */
    Signer signer() {
        return signer;
    }

    /** @return the public key as the {@code jwk} header carries it */
    public JWK publicJwk() {
        return publicJwk;
    }

    /** @return the RFC 7638 thumbprint, the {@code jkt} an access token is bound to (RFC 9449 §6) */
    public String thumbprint() {
        return Thumbprints.sha256(publicJwk);
    }

    /** @return the key pair, for tests that check what the server sees */
    public KeyPair keyPair() {
        return keys;
    }

    /** @return the thumbprint only */
    @Override
    public String toString() {
        return "DpopKey[" + thumbprint() + "]";
    }
}
