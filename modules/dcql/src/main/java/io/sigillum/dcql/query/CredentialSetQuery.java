package io.sigillum.dcql.query;

import java.util.List;

/**
 * A Credential Set Query (§6.2): alternative sets of Credential Queries, any one of which satisfies
 * a use case of the Verifier.
 *
 * @param options  each a non-empty list of Credential Query ids; never empty
 * @param required whether the set must be satisfied ({@code required}, default true)
 */
public record CredentialSetQuery(List<List<String>> options, boolean required) {

    /** Checks that there is an option and copies them. */
    public CredentialSetQuery {
        options = options.stream().map(List::copyOf).toList();
        if (options.isEmpty()) {
            throw new IllegalArgumentException("options is a non-empty array (§6.2)");
        }
    }
}
