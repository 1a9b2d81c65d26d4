package io.sigillum.wallet.dpop;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.wallet.http.Json;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes DPoP proof JWTs (RFC 9449 §4.2): header {@code typ: dpop+jwt}, {@code alg: ES256} and the
 * public {@code jwk}; payload {@code jti}, {@code htm}, {@code htu}, {@code iat}, and {@code ath}
 * with an access token (§4.2, §7.1) and {@code nonce} when the server gave one (§8, §9).
 */
public final class DpopProof {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private DpopProof() {
    }

    /**
     * @param key         the DPoP key
     * @param method      the HTTP method, e.g. {@code POST}
     * @param target      the request URI; its query and fragment are left out of {@code htu}
     * @param accessToken the access token presented with the request, if any
     * @param nonce       the server's latest {@code DPoP-Nonce}, if any
     * @param now         the {@code iat}
     * @return the compact proof
     */
    public static String create(DpopKey key, String method, URI target, Optional<String> accessToken,
                                Optional<String> nonce, Instant now) {
        Objects.requireNonNull(key, "key");
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.parse(DpopSpec.ALGORITHM))
                .type(new JOSEObjectType(DpopSpec.PROOF_TYPE))
                .jwk(key.publicJwk())
                .build();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("jti", jti());
        claims.put("htm", Objects.requireNonNull(method, "method"));
        claims.put("htu", htu(target));
        claims.put("iat", now.getEpochSecond());
        accessToken.ifPresent(token -> claims.put("ath", ath(token)));
        nonce.ifPresent(value -> claims.put("nonce", value));
        return CompactJws.sign(key.signer(), header, Json.write(claims).getBytes(StandardCharsets.UTF_8));
    }

    /** @return the target URI without query and fragment (RFC 9449 §4.2, {@code htu}) */
    public static String htu(URI target) {
        return target.getScheme() + "://" + target.getRawAuthority() + (target.getRawPath() == null ? "" : target.getRawPath());
    }

    /** @return base64url(SHA-256(ASCII(token))), the {@code ath} claim (RFC 9449 §4.2) */
    public static String ath(String accessToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** 128 random bits: unique enough that a server can keep every {@code jti} it saw (§11.1). */
    private static String jti() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }
}
