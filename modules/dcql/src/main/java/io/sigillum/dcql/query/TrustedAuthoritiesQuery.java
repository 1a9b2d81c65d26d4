package io.sigillum.dcql.query;

import java.util.List;
import java.util.Objects;

/**
 * A Trusted Authorities Query (§6.1.1): an authority or trust framework the Verifier accepts as
 * certifying the Issuer. Carried as data: whether a credential's chain fits it is decided with the
 * trust registry, not here.
 *
 * @param type   e.g. {@code aki}, {@code etsi_tl}, {@code openid_federation} (see
 *               {@link io.sigillum.dcql.DcqlSpec}); other types are kept as they are
 * @param values the type-specific identifiers; never empty
 */
public record TrustedAuthoritiesQuery(String type, List<String> values) {

    /** Checks that nothing is null or empty and copies the values. */
    public TrustedAuthoritiesQuery {
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values is a non-empty array (§6.1.1)");
        }
    }
}
