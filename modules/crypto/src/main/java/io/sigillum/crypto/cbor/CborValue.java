package io.sigillum.crypto.cbor;

import java.util.List;

/**
 * One CBOR data item (RFC 8949 §2), immutable. The model covers what COSE, mdoc and CWT use:
 * integers in the signed 64-bit range, byte and text strings, arrays, maps whose keys are integers
 * or text strings, tags, {@code false}, {@code true}, {@code null} and floating-point numbers.
 */
public sealed interface CborValue permits CborInt, CborBytes, CborText, CborArray, CborMap, CborTagged, CborSimple, CborFloat {

    /** @return the integer {@code value} */
    static CborInt of(long value) {
        return new CborInt(value);
    }

    /** @return a text string */
    static CborText of(String value) {
        return new CborText(value);
    }

    /** @return a byte string holding a copy of {@code value} */
    static CborBytes of(byte[] value) {
        return new CborBytes(value);
    }

    /** @return a boolean */
    static CborSimple of(boolean value) {
        return value ? CborSimple.TRUE : CborSimple.FALSE;
    }

    /** @return an array of the items, in order */
    static CborArray array(CborValue... items) {
        return new CborArray(List.of(items));
    }

    /** @return the item under a tag (RFC 8949 §3.4) */
    static CborTagged tag(long tag, CborValue content) {
        return new CborTagged(tag, content);
    }
}
