package io.sigillum.crypto.cbor;

import java.util.Objects;

/**
 * A UTF-8 text string, major type 3.
 *
 * @param value the text
 */
public record CborText(String value) implements CborValue {

    /** Checks the value is present. */
    public CborText {
        Objects.requireNonNull(value, "value");
    }
}
