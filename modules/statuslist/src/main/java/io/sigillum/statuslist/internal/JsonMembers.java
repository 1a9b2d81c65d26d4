package io.sigillum.statuslist.internal;

import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of JSON object members as JSON libraries hand them over ({@link Map}, {@link String},
 * {@link Number}), each failure a {@link StatusListException} with the caller's reason.
 */
public final class JsonMembers {

    private JsonMembers() {
    }

    /** @return the member's value, or empty when absent or JSON {@code null} */
    public static Optional<Object> optional(Map<String, ?> object, String name) {
        return Optional.ofNullable(object.get(name));
    }

    /** @return the member's value */
    public static Object required(Map<String, ?> object, String name, Reason reason, String section) throws StatusListException {
        Object value = object.get(name);
        if (value == null) {
            throw new StatusListException(reason, name + " is required (" + section + ")");
        }
        return value;
    }

    /** @return the value as a JSON string */
    public static String string(Object value, String name, Reason reason, String section) throws StatusListException {
        if (value instanceof String text) {
            return text;
        }
        throw new StatusListException(reason, name + " is a JSON string (" + section + ")");
    }

    /** @return the value as a JSON object */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value, String name, Reason reason, String section)
            throws StatusListException {
        if (value instanceof Map<?, ?> map && map.keySet().stream().allMatch(String.class::isInstance)) {
            return (Map<String, Object>) map;
        }
        throw new StatusListException(reason, name + " is a JSON object (" + section + ")");
    }

    /**
     * @return the value as an integer: a JSON number without a fraction, within the range of a long
     *         ({@code 1.0} is refused: JSON libraries hand it over as a float, and no claim here is one)
     */
    public static long integer(Object value, String name, Reason reason, String section) throws StatusListException {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < Long.SIZE) {
            return big.longValue();
        }
        if (value instanceof BigDecimal decimal && decimal.scale() <= 0) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException e) {
                // beyond a long: refused below
            }
        }
        throw new StatusListException(reason, name + " is an integer (" + section + ")");
    }

    /** @return the value as an absolute URI (RFC 3986 §4.3) */
    public static URI absoluteUri(Object value, String name, Reason reason, String section) throws StatusListException {
        String text = string(value, name, reason, section);
        try {
            URI uri = new URI(text);
            if (uri.isAbsolute()) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new StatusListException(reason, name + " is an absolute URI (RFC 3986, " + section + ")");
    }
}
