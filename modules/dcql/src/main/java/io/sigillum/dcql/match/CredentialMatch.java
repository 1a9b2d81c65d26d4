package io.sigillum.dcql.match;

import io.sigillum.sdjwt.ClaimPath;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Whether one credential satisfies one Credential Query, and how. */
public sealed interface CredentialMatch {

    /** @return the Credential Query's id */
    String queryId();

    /** @return whether the credential satisfies the query */
    boolean satisfied();

    /**
     * The credential satisfies the query.
     *
     * @param queryId  the Credential Query's id
     * @param claimSet the claim set chosen, the first satisfiable in the query's order, when the query
     *                 has {@code claim_sets}
     * @param claims   the claims selected: every claim the chosen Claims Queries point to, wildcards
     *                 expanded, values not among {@code values} left out; in query order, each path once;
     *                 empty when the query has no {@code claims}
     */
    record Satisfied(String queryId, Optional<List<String>> claimSet, List<SelectedClaim> claims) implements CredentialMatch {

        /** Checks that nothing is null and copies the lists. */
        public Satisfied {
            Objects.requireNonNull(queryId, "queryId");
            claimSet = Objects.requireNonNull(claimSet, "claimSet").map(List::copyOf);
            claims = List.copyOf(claims);
        }

        @Override
        public boolean satisfied() {
            return true;
        }

        /** @return the selected claims' paths, in order */
        public List<ClaimPath> claimPaths() {
            return claims.stream().map(SelectedClaim::path).toList();
        }
    }

    /**
     * The credential does not satisfy the query.
     *
     * @param queryId    the Credential Query's id
     * @param mismatches why; never empty
     */
    record Unsatisfied(String queryId, List<Mismatch> mismatches) implements CredentialMatch {

        /** Checks that there is a reason and copies them. */
        public Unsatisfied {
            Objects.requireNonNull(queryId, "queryId");
            mismatches = List.copyOf(mismatches);
            if (mismatches.isEmpty()) {
                throw new IllegalArgumentException("an unsatisfied match says why");
            }
        }

        @Override
        public boolean satisfied() {
            return false;
        }
    }
}
