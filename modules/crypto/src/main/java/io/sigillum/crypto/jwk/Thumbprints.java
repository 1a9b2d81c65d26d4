package io.sigillum.crypto.jwk;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;

import java.security.PublicKey;

/** JWK thumbprints (RFC 7638) with SHA-256, as {@code jkt}, {@code cnf} and key ids use them. */
public final class Thumbprints {

    private Thumbprints() {
    }

    /**
     * @param jwk any JWK; only its required public members count (RFC 7638 §3.2)
     * @return the base64url SHA-256 thumbprint, 43 characters
     */
    public static String sha256(JWK jwk) {
        try {
            return jwk.computeThumbprint("SHA-256").toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /**
     * @param publicKey an EC (P-256, P-384, P-521) or Ed25519 public key
     * @return the base64url SHA-256 thumbprint of its public JWK
     */
    public static String sha256(PublicKey publicKey) {
        return sha256(PublicJwks.of(publicKey, null));
    }
}
