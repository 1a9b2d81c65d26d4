package io.sigillum.benchmarks.issuance;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.JSONObjectUtils;
import io.sigillum.crypto.sign.CompactJws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JWTs a wallet signs during one issuance, as the issuer checks them: DPoP proofs
 * (RFC 9449 §4.2; {@code ath} with an access token, {@code nonce} when the server gave one) and
 * {@code jwt} key proofs (OID4VCI 1.0 Appendix F.1, pre-authorized flow: no {@code iss}).
 * Plain functions of their inputs, apart from each proof's random {@code jti}.
 */
final class WalletProofs {

    static final String DPOP_TYPE = "dpop+jwt";
    static final String KEY_PROOF_TYPE = "openid4vci-proof+jwt";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private WalletProofs() {
    }

    /**
     * @param key         the DPoP key
     * @param method      e.g. {@code POST}
     * @param htu         the endpoint's public URL (below the Credential Issuer Identifier)
     * @param accessToken the access token sent with the request, or null
     * @param nonce       the server's latest {@code DPoP-Nonce}, or null
     * @param now         the {@code iat}
     * @return the compact proof
     */
    static String dpop(WalletKey key, String method, String htu, String accessToken, String nonce, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("jti", jti());
        claims.put("htm", method);
        claims.put("htu", htu);
        claims.put("iat", now.getEpochSecond());
        if (accessToken != null) {
            claims.put("ath", ath(accessToken));
        }
        if (nonce != null) {
            claims.put("nonce", nonce);
        }
        return sign(key, DPOP_TYPE, claims);
    }

    /**
     * @param key      the holder key the credential is to be bound to
     * @param audience the Credential Issuer Identifier
     * @param cNonce   the {@code c_nonce} from the nonce endpoint
     * @param now      the {@code iat}
     * @return the compact proof
     */
    static String keyProof(WalletKey key, String audience, String cNonce, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", audience);
        claims.put("iat", now.getEpochSecond());
        claims.put("nonce", cNonce);
        return sign(key, KEY_PROOF_TYPE, claims);
    }

    /** @return base64url(SHA-256(ASCII(token))), the {@code ath} claim */
    static String ath(String accessToken) {
        try {
            return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(accessToken.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String sign(WalletKey key, String type, Map<String, Object> claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(type)).jwk(key.jwk()).build();
        return CompactJws.sign(key.signer(), header, JSONObjectUtils.toJSONString(claims).getBytes(StandardCharsets.UTF_8));
    }

    private static String jti() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }
}
