package io.sigillum.crypto.sign.internal;

import com.nimbusds.jose.jwk.Curve;
import io.sigillum.crypto.sign.SignatureAlgorithm;

import java.security.Key;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.RSAKey;

/** Tells which JWS algorithm a key signs with, from its type and curve alone. */
public final class KeyAlgorithms {

    private KeyAlgorithms() {
    }

    /**
     * @param key an EC key on P-256, P-384 or P-521, or an Ed25519 key, public or private
     * @return the algorithm RFC 7518 §3.4 / RFC 8037 §3.1 pairs with it
     * @throws IllegalArgumentException for any other key
     */
    public static SignatureAlgorithm forKey(Key key) {
        if (key instanceof ECKey ec) {
            Curve curve = Curve.forECParameterSpec(ec.getParams());
            if (Curve.P_256.equals(curve)) {
                return SignatureAlgorithm.ES256;
            }
            if (Curve.P_384.equals(curve)) {
                return SignatureAlgorithm.ES384;
            }
            if (Curve.P_521.equals(curve)) {
                return SignatureAlgorithm.ES512;
            }
            throw new IllegalArgumentException("unsupported EC curve: only P-256, P-384 and P-521 sign JWS");
        }
        if (key instanceof EdECKey ed) {
            if ("Ed25519".equalsIgnoreCase(ed.getParams().getName())) {
                return SignatureAlgorithm.EDDSA;
            }
            throw new IllegalArgumentException("unsupported EdDSA curve " + ed.getParams().getName() + ": only Ed25519");
        }
        if ("Ed25519".equalsIgnoreCase(key.getAlgorithm())) {
            return SignatureAlgorithm.EDDSA;
        }
        if (key instanceof RSAKey) {
            // RFC 7518 §3.3 and §3.5 pair one RSA key with six algorithms: the caller must name one.
            throw new IllegalArgumentException("an RSA key does not imply one algorithm: name RS256, PS256 … for it");
        }
        throw new IllegalArgumentException("unsupported key type " + key.getAlgorithm()
                + ": only EC (P-256, P-384, P-521) and Ed25519 keys sign JWS");
    }
}
