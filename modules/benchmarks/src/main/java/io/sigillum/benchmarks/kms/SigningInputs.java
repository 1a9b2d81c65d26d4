package io.sigillum.benchmarks.kms;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What an issuer sends the service to sign: JWS signing inputs (RFC 7515 §5.1) of SD-JWT VC
 * credentials, a little over 600 bytes each, every one different (its own digests, holder key and
 * status-list index), naming the key that signs them.
 */
final class SigningInputs {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private SigningInputs() {
    }

    /**
     * @param kid   the key named in each header
     * @param count how many inputs
     * @return {@code ASCII(BASE64URL(header) || '.' || BASE64URL(payload))}, each
     */
    static List<byte[]> of(String kid, int count) {
        Random random = new Random(600);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "ES256");
        header.put("typ", "dc+sd-jwt");
        header.put("kid", kid);
        String encodedHeader = base64url(JSONObjectUtils.toJSONString(header));
        long issuedAt = 1_767_225_600L;
        List<byte[]> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("iss", "https://issuer.example");
            payload.put("iat", issuedAt + i);
            payload.put("exp", issuedAt + i + 31_536_000L);
            payload.put("vct", "urn:eudi:pid:1");
            payload.put("_sd_alg", "sha-256");
            payload.put("_sd", List.of(randomBase64url(random, 32)));
            payload.put("cnf", Map.of("jwk", holderKey(random)));
            payload.put("status", Map.of("status_list", Map.of("idx", i, "uri", "https://issuer.example/status/1")));
            String signingInput = encodedHeader + "." + base64url(JSONObjectUtils.toJSONString(payload));
            inputs.add(signingInput.getBytes(StandardCharsets.US_ASCII));
        }
        return List.copyOf(inputs);
    }

    /** @return base64url without padding (RFC 4648 §5), as the service takes inputs */
    static String base64url(byte[] bytes) {
        return BASE64URL.encodeToString(bytes);
    }

    private static String base64url(String json) {
        return base64url(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> holderKey(Random random) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "EC");
        jwk.put("crv", "P-256");
        jwk.put("x", randomBase64url(random, 32));
        jwk.put("y", randomBase64url(random, 32));
        return jwk;
    }

    private static String randomBase64url(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return base64url(bytes);
    }
}
