package io.sigillum.crypto.cbor;

/**
 * The simple values this model supports (RFC 8949 §3.3): {@code undefined} and unassigned simple
 * values are refused when decoding.
 */
public enum CborSimple implements CborValue {
    /** {@code false}, simple value 20. */
    FALSE,
    /** {@code true}, simple value 21. */
    TRUE,
    /** {@code null}, simple value 22. */
    NULL
}
