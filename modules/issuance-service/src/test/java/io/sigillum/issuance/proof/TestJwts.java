package io.sigillum.issuance.proof;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import io.sigillum.crypto.jwk.PublicJwks;
import io.sigillum.crypto.sign.LocalKeySigner;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds proof JWTs for tests, with any header a wallet or an attacker could send: the header is
 * written as given, never checked, so that the verifiers' refusals can be exercised.
 */
public final class TestJwts {

    private TestJwts() {
    }

    /** Signs with the pair's private key; the header's {@code alg} is whatever the caller put there. */
    public static String sign(Map<String, Object> header, Map<String, Object> claims, KeyPair signingKey) {
        String input = signingInput(header, claims);
        byte[] signature = LocalKeySigner.of("test", signingKey.getPrivate()).sign(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64URL.encode(signature);
    }

    /** Signs JSON texts as given, e.g. with duplicate member names. */
    public static String signRaw(String headerJson, String claimsJson, KeyPair signingKey) {
        String input = Base64URL.encode(headerJson) + "." + Base64URL.encode(claimsJson);
        byte[] signature = LocalKeySigner.of("test", signingKey.getPrivate()).sign(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64URL.encode(signature);
    }

    /** An unsigned JWS ({@code alg: none}, RFC 7515 Appendix A.5): empty signature part. */
    public static String unsigned(Map<String, Object> header, Map<String, Object> claims) {
        return signingInput(header, claims) + ".";
    }

    /** An HMAC-SHA-256 JWS with the given secret, as in a key-confusion attack. */
    public static String hmacSha256(Map<String, Object> header, Map<String, Object> claims, byte[] secret) {
        String input = signingInput(header, claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return input + "." + Base64URL.encode(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public JWK members of a key. */
    public static Map<String, Object> publicJwk(PublicKey key) {
        return new LinkedHashMap<>(PublicJwks.of(key, null).toJSONObject());
    }

    /** The JWK members of an EC key pair, private {@code d} included. */
    public static Map<String, Object> privateJwk(KeyPair pair) {
        ECPublicKey publicKey = (ECPublicKey) pair.getPublic();
        ECKey jwk = new ECKey.Builder(Curve.P_256, publicKey).privateKey((ECPrivateKey) pair.getPrivate()).build();
        return new LinkedHashMap<>(jwk.toJSONObject());
    }

    /** A mutable map of the given members, in order. */
    public static Map<String, Object> members(Object... namesAndValues) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return members;
    }

    /** The decoded JSON of one part of a compact JWS. */
    public static Map<String, Object> decodedPart(String compact, int index) {
        try {
            return JSONObjectUtils.parse(new Base64URL(compact.split("\\.")[index]).decodeToString());
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String signingInput(Map<String, Object> header, Map<String, Object> claims) {
        return Base64URL.encode(JSONObjectUtils.toJSONString(header)) + "."
                + Base64URL.encode(JSONObjectUtils.toJSONString(claims));
    }
}
