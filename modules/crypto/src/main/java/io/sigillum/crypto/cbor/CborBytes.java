package io.sigillum.crypto.cbor;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A byte string, major type 2. Equality compares the bytes.
 *
 * @param value the bytes
 */
public record CborBytes(byte[] value) implements CborValue {

    /** Copies the bytes. */
    public CborBytes {
        value = Objects.requireNonNull(value, "value").clone();
    }

    /** @return a copy of the bytes */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /** @return how many bytes */
    public int length() {
        return value.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CborBytes bytes && Arrays.equals(value, bytes.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        // Diagnostic notation (RFC 8949 §8), shortened: byte strings may be large.
        String hex = HexFormat.of().formatHex(value, 0, Math.min(value.length, 32));
        return "h'" + hex + (value.length > 32 ? "…'(" + value.length + " bytes)" : "'");
    }
}
