package io.sigillum.sdjwt.presentation;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.Signer;
import io.sigillum.sdjwt.HashAlgorithm;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.SdJwtSpec;
import io.sigillum.sdjwt.internal.Json;
import io.sigillum.sdjwt.internal.JwtPayloads;
import io.sigillum.sdjwt.internal.PayloadProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Makes Key Binding JWTs (§4.3): header {@code typ: kb+jwt} and the holder key's {@code alg}, with
 * no {@code kid} or {@code x5c} (the key is already in the SD-JWT's {@code cnf}, and a key id would
 * only help link presentations); claims {@code iat}, {@code aud}, {@code nonce} and {@code sd_hash}
 * over the presented SD-JWT (§4.3.1).
 */
public final class KeyBindingJwt {

    private KeyBindingJwt() {
    }

    /**
     * @param presented the SD-JWT to present, without Key Binding (e.g. from {@link SdJwtPresenter#select})
     * @param holder    the holder's key, the one in {@code cnf.jwk}
     * @param audience  the verifier, {@code aud}
     * @param nonce     the verifier's nonce
     * @param issuedAt  {@code iat}, in whole seconds
     * @return the SD-JWT+KB
     * @throws SdJwtException when the Issuer-signed JWT's payload cannot be read or names an unsupported {@code _sd_alg}
     */
    public static SdJwt attach(SdJwt presented, Signer holder, String audience, String nonce, Instant issuedAt)
            throws SdJwtException {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(nonce, "nonce");
        HashAlgorithm algorithm = PayloadProcessor.hashAlgorithm(JwtPayloads.unverified(presented.issuerSignedJwt()));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(SdJwtSpec.NONCE, nonce);
        claims.put(SdJwtSpec.AUD, audience);
        claims.put(SdJwtSpec.IAT, issuedAt.getEpochSecond());
        claims.put(SdJwtSpec.SD_HASH, algorithm.digest(presented.withoutKeyBinding()));
        JWSHeader header = new JWSHeader.Builder(holder.algorithm().toNimbus())
                .type(new JOSEObjectType(SdJwtSpec.KB_JWT_TYPE))
                .build();
        String kbJwt = CompactJws.sign(holder, header, Json.write(claims).getBytes(StandardCharsets.UTF_8));
        return SdJwt.of(presented.issuerSignedJwt(), presented.disclosures()).withKeyBindingJwt(kbJwt);
    }
}
