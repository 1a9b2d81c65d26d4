package io.sigillum.dcql.match;

import io.sigillum.sdjwt.ClaimPath;

import java.util.Objects;

/**
 * One claim a claims path pointer selected: where it is, with every {@code null} of the pointer
 * replaced by a concrete index, and its value. For an mdoc the path is the namespace and the data
 * element identifier.
 *
 * @param path  the concrete path
 * @param value the claim's value, possibly {@code null}
 */
public record SelectedClaim(ClaimPath path, Object value) {

    /** Checks that the path is not null. */
    public SelectedClaim {
        Objects.requireNonNull(path, "path");
    }

    /** @return the path only: claim values stay out of logs */
    @Override
    public String toString() {
        return "SelectedClaim[" + path + "]";
    }
}
