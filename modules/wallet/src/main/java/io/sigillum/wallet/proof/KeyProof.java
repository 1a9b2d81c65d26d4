package io.sigillum.wallet.proof;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.wallet.http.Json;
import io.sigillum.wallet.issuance.Oid4vciSpec;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes {@code jwt} key proofs (OID4VCI 1.0 Appendix F.1): header {@code typ: openid4vci-proof+jwt},
 * {@code alg: ES256} and the public {@code jwk}; payload {@code aud} (the Credential Issuer
 * Identifier), {@code iat} and {@code nonce} (the {@code c_nonce}). No {@code iss}: the access
 * token comes from anonymous access to the token endpoint with a Pre-Authorized Code, for which
 * F.1 says to omit it.
 */
public final class KeyProof {

    /** The only proof algorithm this wallet signs with. */
    public static final String ALGORITHM = "ES256";

    private KeyProof() {
    }

    /**
     * @param key      the key the credential is to be bound to
     * @param audience the Credential Issuer Identifier
     * @param cNonce   the {@code c_nonce}, when the issuer has a Nonce Endpoint
     * @param now      the {@code iat}
     * @return the compact proof JWT
     */
    public static String create(HolderKey key, String audience, Optional<String> cNonce, Instant now) {
        Objects.requireNonNull(key, "key");
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.parse(ALGORITHM))
                .type(new JOSEObjectType(Oid4vciSpec.PROOF_JWT_TYPE))
                .jwk(key.publicJwk())
                .build();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", Objects.requireNonNull(audience, "audience"));
        claims.put("iat", now.getEpochSecond());
        cNonce.ifPresent(nonce -> claims.put("nonce", nonce));
        return CompactJws.sign(key.signer(), header, Json.write(claims).getBytes(StandardCharsets.UTF_8));
    }
}
