package io.sigillum.dcql.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.sigillum.dcql.DcqlException;
import io.sigillum.dcql.DcqlException.Reason;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain Java values ({@link java.util.Map}, {@link java.util.List}, {@link String},
 * {@link Number}, {@link Boolean}, {@code null}). Reading is strict: a member name twice in one
 * object and trailing content are refused, since two parsers that disagree on them would see two
 * different queries. Numbers keep their lexical kind: an integer stays an integer type, a number
 * written with a fraction or exponent becomes a {@link BigDecimal}, so {@code 1.0} is not taken for
 * the integer {@code 1}.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    /**
     * @param text JSON text
     * @return its value ({@code null} for the JSON literal {@code null})
     * @throws DcqlException {@link Reason#MALFORMED_JSON} when it is not one well-formed JSON value
     */
    public static Object read(String text) throws DcqlException {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new DcqlException(Reason.MALFORMED_JSON, "not one well-formed JSON value: " + e.getOriginalMessage());
        }
    }

    /** @return whether the value is a JSON number without fraction or exponent */
    public static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger;
    }

    /** @return whether the value is a JSON number written with a fraction or exponent */
    public static boolean isFloat(Object value) {
        return value instanceof BigDecimal || value instanceof Double || value instanceof Float;
    }

    /** @return an integer value (see {@link #isInteger}) as a {@link BigInteger} */
    public static BigInteger toBigInteger(Object integer) {
        return integer instanceof BigInteger big ? big : BigInteger.valueOf(((Number) integer).longValue());
    }

    /** @return the JSON type's name, for messages */
    public static String typeOf(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String) {
            return "a string";
        } else if (value instanceof Boolean) {
            return "a boolean";
        } else if (isInteger(value)) {
            return "an integer";
        } else if (value instanceof Number) {
            return "a number with a fraction or exponent";
        } else if (value instanceof Map) {
            return "an object";
        } else if (value instanceof List) {
            return "an array";
        }
        return "not a JSON value (" + value.getClass().getSimpleName() + ")";
    }
}
