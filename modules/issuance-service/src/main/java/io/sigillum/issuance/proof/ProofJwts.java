package io.sigillum.issuance.proof;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.nimbusds.jose.util.Base64URL;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parsing that key proofs and DPoP proofs share: the shape of a compact JWS, its JSON
 * header and payload, and NumericDate claims. Nothing here checks a signature.
 */
public final class ProofJwts {

    /**
     * Three base64url parts (RFC 7515 §7.1); the signature may be empty so that an unsigned JWS
     * reaches the {@code alg} check and is refused for what it is.
     */
    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    /**
     * Strict JSON: duplicate member names and trailing content are refused, since two parsers
     * that disagree on them would see different headers or claims.
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The latest NumericDate taken (year 9999): beyond it a value is refused, not wrapped. */
    private static final long MAX_SECONDS = 253_402_300_799L;

    private ProofJwts() {
    }

    /**
     * @param text a candidate proof, already bounded in length by the caller
     * @return whether it has the shape of a compact JWS with a non-empty header and payload
     */
    public static boolean isCompactJws(String text) {
        return text != null && COMPACT.matcher(text).matches();
    }

    /**
     * @param compact a string for which {@link #isCompactJws} holds
     * @return the JOSE header's members, or empty when it is not a JSON object
     */
    public static Optional<Map<String, Object>> header(String compact) {
        String encoded = compact.substring(0, compact.indexOf('.'));
        return object(new Base64URL(encoded).decode());
    }

    /**
     * @param json UTF-8 JSON text
     * @return its members, or empty when it is not one JSON object without duplicate member names
     */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> object(byte[] json) {
        try {
            return JSON.readValue(new String(json, StandardCharsets.UTF_8), Object.class) instanceof Map<?, ?> members
                    ? Optional.of((Map<String, Object>) members)
                    : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * @param value a claim's value
     * @return the instant of a JSON number of seconds since the epoch (RFC 7519 §2 NumericDate,
     *         fractions truncated to milliseconds), or empty for anything else
     */
    public static Optional<Instant> numericDate(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            long seconds = ((Number) value).longValue();
            return Math.abs(seconds) <= MAX_SECONDS ? Optional.of(Instant.ofEpochSecond(seconds)) : Optional.empty();
        }
        if (value instanceof Double || value instanceof Float) {
            double seconds = ((Number) value).doubleValue();
            if (Double.isFinite(seconds) && Math.abs(seconds) <= MAX_SECONDS) {
                return Optional.of(Instant.ofEpochMilli((long) (seconds * 1000)));
            }
        }
        return Optional.empty();
    }
}
