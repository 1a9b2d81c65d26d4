package io.sigillum.crypto.cbor;

/**
 * A floating-point number, major type 7. Encoded in the shortest of single or double precision
 * that keeps the value; half precision is read but not written.
 *
 * @param value the value
 */
public record CborFloat(double value) implements CborValue {
}
