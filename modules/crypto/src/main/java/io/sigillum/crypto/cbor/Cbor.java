package io.sigillum.crypto.cbor;

import io.sigillum.crypto.cbor.internal.DeterministicCborWriter;
import io.sigillum.crypto.cbor.internal.StrictCborReader;

import java.util.Objects;

/**
 * Decodes and encodes CBOR for signed data.
 *
 * <p>Decoding is strict, as RFC 9052 §9 asks of anything signed: exactly one data item and no
 * trailing bytes, definite lengths only, map keys that are untagged integers or text strings and
 * never repeated, integers within 64 bits, no {@code undefined} or unassigned simple values, no
 * nesting deeper than 64 levels.
 *
 * <p>Encoding is deterministic in the sense of RFC 8949 §4.2.1 (core deterministic encoding):
 * definite lengths, the shortest argument for every head, map entries sorted by the bytewise order
 * of their encoded keys. The same value always encodes to the same bytes. One gap: floating-point
 * values are written in single precision at shortest, never half.
 */
public final class Cbor {

    private Cbor() {
    }

    /**
     * @param encoded one CBOR data item
     * @return its value
     * @throws CborException when the bytes are not exactly one well-formed item this decoder accepts
     */
    public static CborValue decode(byte[] encoded) throws CborException {
        Objects.requireNonNull(encoded, "encoded");
        return StrictCborReader.read(encoded);
    }

    /**
     * @param value a value
     * @return its deterministic encoding
     * @throws IllegalArgumentException for a tag number or a text map key the codec cannot write
     *                                  in one definite-length piece
     */
    public static byte[] encode(CborValue value) {
        Objects.requireNonNull(value, "value");
        return DeterministicCborWriter.write(value);
    }
}
