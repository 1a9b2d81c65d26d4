package io.sigillum.dcql.query;

import io.sigillum.dcql.DcqlException;
import io.sigillum.dcql.DcqlException.Reason;
import io.sigillum.dcql.internal.Json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Reads a claims path pointer (§7): a non-empty array of strings, nulls and non-negative integers. */
final class PathReader {

    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private PathReader() {
    }

    static ClaimsPathPointer read(Object value, String at) throws DcqlException {
        if (!(value instanceof List<?> elements)) {
            throw new DcqlException(Reason.INVALID_PATH, "§7: " + at + " must be an array, not " + Json.typeOf(value));
        }
        if (elements.isEmpty()) {
            throw new DcqlException(Reason.INVALID_PATH, "§7: " + at + " must be a non-empty array");
        }
        List<PathComponent> components = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            components.add(component(elements.get(i), at + "[" + i + "]"));
        }
        return new ClaimsPathPointer(components);
    }

    private static PathComponent component(Object element, String at) throws DcqlException {
        if (element == null) {
            return PathComponent.ALL_ELEMENTS;
        }
        if (element instanceof String name) {
            return new PathComponent.Key(name);
        }
        if (Json.isInteger(element)) {
            BigInteger index = Json.toBigInteger(element);
            if (index.signum() < 0) {
                throw new DcqlException(Reason.INVALID_PATH, "§7: " + at + " is " + index + "; an index is a non-negative integer");
            }
            // No array of a Java process reaches this size: such an index could select nothing.
            if (index.compareTo(INT_MAX) > 0) {
                throw new DcqlException(Reason.INVALID_PATH, "§7: " + at + " is beyond the largest array index (" + Integer.MAX_VALUE + ")");
            }
            return new PathComponent.Index(index.intValue());
        }
        throw new DcqlException(Reason.INVALID_PATH, "§7: " + at + " is " + Json.typeOf(element)
                + "; a claims path pointer holds strings, nulls and non-negative integers only");
    }
}
