package io.sigillum.dcql.match;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a response satisfies a DCQL query, for a Verifier.
 *
 * @param satisfied      whether it does: every required Credential Set Query (or, without
 *                       {@code credential_sets}, every Credential Query) is satisfied, and nothing in
 *                       {@code problems}
 * @param queries        the outcome of every Credential Query, in query order
 * @param credentialSets the outcome of every Credential Set Query, in query order; empty without them
 * @param problems       what makes the response fail as a whole: unknown ids, presentations that do not
 *                       match their query, required sets or queries not satisfied
 */
public record DcqlResult(boolean satisfied, Map<String, QueryOutcome> queries, List<CredentialSetOutcome> credentialSets,
                         List<Mismatch> problems) {

    /** Checks that nothing is null and copies, keeping the query order. */
    public DcqlResult {
        queries = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(queries, "queries")));
        credentialSets = List.copyOf(credentialSets);
        problems = List.copyOf(problems);
    }

    /** @return the ids of the satisfied Credential Queries, in query order */
    public Set<String> satisfiedQueries() {
        Set<String> ids = new LinkedHashSet<>();
        queries.values().stream().filter(QueryOutcome::satisfied).forEach(outcome -> ids.add(outcome.queryId()));
        return ids;
    }

    /** @return the unsatisfied Credential Queries, each with why, in query order */
    public Map<String, List<Mismatch>> unsatisfiedQueries() {
        Map<String, List<Mismatch>> unsatisfied = new LinkedHashMap<>();
        queries.values().stream().filter(outcome -> !outcome.satisfied())
                .forEach(outcome -> unsatisfied.put(outcome.queryId(), outcome.mismatches()));
        return unsatisfied;
    }

    /**
     * @param queryId a Credential Query's id
     * @return the claims selected in each of its presentations, when the query is satisfied; what a
     *         relying party may be handed
     */
    public Optional<List<CredentialMatch.Satisfied>> selected(String queryId) {
        QueryOutcome outcome = queries.get(queryId);
        if (outcome == null || !outcome.satisfied()) {
            return Optional.empty();
        }
        return Optional.of(outcome.presentations().stream().map(CredentialMatch.Satisfied.class::cast).toList());
    }
}
