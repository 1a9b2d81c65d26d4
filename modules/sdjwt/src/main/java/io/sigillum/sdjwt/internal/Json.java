package io.sigillum.sdjwt.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON as plain Java values ({@link Map}, {@link List}, {@link String}, {@link Number},
 * {@link Boolean}, {@code null}). Reading is strict: duplicate member names and trailing content
 * are refused, since two parsers that disagree on them would see different claims; fractions stay
 * exact as {@link java.math.BigDecimal}.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    /** @return the JSON text's value, or empty when it is not one well-formed JSON value */
    public static Optional<Object> read(String text) {
        try {
            return Optional.ofNullable(MAPPER.readValue(text, Object.class)).or(() -> Optional.of(NULL));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** @return the JSON text's object, or empty when it is not a JSON object */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> readObject(String text) {
        return read(text).filter(Map.class::isInstance).map(value -> (Map<String, Object>) value);
    }

    /** @return the compact JSON text of a plain Java value */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON value: " + e.getOriginalMessage(), e);
        }
    }

    /** Stands for a top-level JSON {@code null}, which an Optional cannot carry. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };
}
