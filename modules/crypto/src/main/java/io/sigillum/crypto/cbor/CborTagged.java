package io.sigillum.crypto.cbor;

import java.util.Objects;

/**
 * A tagged data item, major type 6 (RFC 8949 §3.4), such as COSE_Sign1's tag 18 or mdoc's tag 24
 * (encoded CBOR data item).
 *
 * @param tag     the tag number, not negative
 * @param content the tagged item
 */
public record CborTagged(long tag, CborValue content) implements CborValue {

    /** Checks the fields. */
    public CborTagged {
        if (tag < 0) {
            throw new IllegalArgumentException("a tag number is not negative");
        }
        Objects.requireNonNull(content, "content");
    }
}
