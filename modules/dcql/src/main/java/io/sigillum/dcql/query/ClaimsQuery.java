package io.sigillum.dcql.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Claims Query (§6.3): one claim of the requested Credential, and optionally the values it must
 * have.
 *
 * @param id             the claim's id; present whenever the Credential Query has {@code claim_sets}
 * @param path           where the claim is
 * @param values         the accepted values: {@link String}s, integers ({@link Long}, or
 *                       {@link java.math.BigInteger} beyond its range) and {@link Boolean}s; a claim
 *                       matches when type and value equal one of them exactly
 * @param intentToRetain ISO mdoc only (Appendix B.2.4): the {@code IntentToRetain} of ISO/IEC 18013-5
 */
public record ClaimsQuery(Optional<String> id, ClaimsPathPointer path, Optional<List<Object>> values,
                          Optional<Boolean> intentToRetain) {

    /** Checks that nothing is null and copies the values. */
    public ClaimsQuery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        values = Objects.requireNonNull(values, "values").map(List::copyOf);
        Objects.requireNonNull(intentToRetain, "intentToRetain");
    }

    /** @return a Claims Query of a path alone */
    public static ClaimsQuery of(ClaimsPathPointer path) {
        return new ClaimsQuery(Optional.empty(), path, Optional.empty(), Optional.empty());
    }

    /** @return the id if there is one, else the path, to name the claim in messages */
    public String label() {
        return id.map(value -> "claim \"" + value + "\"").orElse("claim " + path);
    }
}
