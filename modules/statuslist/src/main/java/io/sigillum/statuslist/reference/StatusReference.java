package io.sigillum.statuslist.reference;

import java.net.URI;
import java.util.Objects;

/**
 * Where a referenced token's status is: entry {@code index} of the Status List Token at {@code uri}
 * (draft §6.2, members {@code idx} and {@code uri}).
 *
 * @param uri   the Status List Token's URI, absolute (RFC 3986); it is also that token's {@code sub}
 * @param index the entry's index, not negative
 */
public record StatusReference(URI uri, long index) {

    /** Checks the fields. */
    public StatusReference {
        Objects.requireNonNull(uri, "uri");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("uri is an absolute URI (§6.2): " + uri);
        }
        if (index < 0) {
            throw new IllegalArgumentException("idx is not negative (§6.2): " + index);
        }
    }
}
