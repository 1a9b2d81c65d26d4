package io.sigillum.crypto.cbor;

import java.io.Serial;

/**
 * Bytes were refused as CBOR: not well-formed (truncated, garbled, trailing bytes), or outside
 * what the strict decoder accepts (indefinite lengths, duplicate or non-integer, non-text map keys,
 * {@code undefined}, integers beyond 64 bits). The message says which rule was broken and names no
 * content.
 */
public final class CborException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message which rule the input breaks */
    public CborException(String message) {
        super(message);
    }

    /**
     * @param message which rule the input breaks
     * @param cause   the codec's own error
     */
    public CborException(String message, Throwable cause) {
        super(message, cause);
    }
}
