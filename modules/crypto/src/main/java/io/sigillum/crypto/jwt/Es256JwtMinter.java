package io.sigillum.crypto.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.security.interfaces.ECPrivateKey;
import java.util.Map;
import java.util.Objects;

/**
 * Mints compact JWTs signed with ES256 (RFC 7518 §3.4) by a P-256 key held in this process.
 *
 * <p>Used for development access tokens (the dev stack's {@code token} command) and by tests.
 * Production signing goes through the key-management service.
 */
public final class Es256JwtMinter {

    private final ECDSASigner signer;
    private final String keyId;

    /**
     * @param privateKey a P-256 private key
     * @param keyId      the {@code kid} to put in every header
     * @throws IllegalArgumentException if the key is not on P-256
     */
    public Es256JwtMinter(ECPrivateKey privateKey, String keyId) {
        Objects.requireNonNull(privateKey, "privateKey");
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        try {
            this.signer = new ECDSASigner(privateKey);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("not a P-256 key: " + e.getMessage(), e);
        }
        if (!signer.supportedJWSAlgorithms().contains(JWSAlgorithm.ES256)) {
            throw new IllegalArgumentException("ES256 needs a P-256 key");
        }
    }

    /**
     * Signs the claims as a JWT with header {@code {"alg":"ES256","typ":"JWT","kid":…}}.
     *
     * @param claims JSON-compatible claim values (strings, numbers, booleans, lists, maps)
     * @return the compact serialisation
     */
    public String mint(Map<String, Object> claims) {
        JWTClaimsSet.Builder body = new JWTClaimsSet.Builder();
        claims.forEach(body::claim);
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(JOSEObjectType.JWT)
                .keyID(keyId)
                .build();
        SignedJWT jwt = new SignedJWT(header, body.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("ES256 signing failed", e);
        }
        return jwt.serialize();
    }
}
