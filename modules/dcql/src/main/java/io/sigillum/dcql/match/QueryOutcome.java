package io.sigillum.dcql.match;

import java.util.List;
import java.util.Objects;

/**
 * What a response presented for one Credential Query, and whether that satisfies it: something was
 * presented, not more than {@code multiple} allows, and every presentation matches.
 *
 * @param queryId       the Credential Query's id
 * @param presentations one match per presented credential, in the response's order
 * @param mismatches    why the query is not satisfied; empty when it is
 */
public record QueryOutcome(String queryId, List<CredentialMatch> presentations, List<Mismatch> mismatches) {

    /** Checks that nothing is null and copies the lists. */
    public QueryOutcome {
        Objects.requireNonNull(queryId, "queryId");
        presentations = List.copyOf(presentations);
        mismatches = List.copyOf(mismatches);
    }

    /** @return whether the query is satisfied */
    public boolean satisfied() {
        return mismatches.isEmpty();
    }

    /** @return whether anything was presented for the query */
    public boolean presented() {
        return !presentations.isEmpty();
    }
}
