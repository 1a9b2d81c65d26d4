package io.sigillum.crypto.cbor;

/**
 * An integer, major type 0 or 1 (RFC 8949 §3.1). Values beyond the signed 64-bit range, which
 * CBOR can carry, are not supported: none of the formats this library reads needs them.
 *
 * @param value the value
 */
public record CborInt(long value) implements CborValue {
}
