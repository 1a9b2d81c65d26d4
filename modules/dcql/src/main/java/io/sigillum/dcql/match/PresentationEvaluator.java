package io.sigillum.dcql.match;

import io.sigillum.dcql.query.CredentialQuery;
import io.sigillum.dcql.query.CredentialSetQuery;
import io.sigillum.dcql.query.DcqlQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks, for a Verifier, the credentials a response presented (already verified, keyed like the
 * {@code vp_token} by Credential Query id) against the whole DCQL query: each Credential Query
 * (§6.1, §8.1: one presentation unless {@code multiple}), then {@code credential_sets} (§6.4.2:
 * every required set satisfied by one of its options; optional sets may be absent), or, without
 * them, every Credential Query. §6.4.2 forbids a Wallet to return credentials that do not match, and
 * the Security Considerations ("Security Checks on the Returned Credentials and Presentations") tell
 * the Verifier not to rely on the Wallet for it: a presentation that does not match its query, or
 * one keyed by an unknown id, fails the whole response.
 */
public final class PresentationEvaluator {

    private PresentationEvaluator() {
    }

    /**
     * @param query     the query the Verifier sent
     * @param presented Credential Query id → the credentials presented for it, in the response's order
     * @return the outcome of every query and set, and whether the response satisfies the query
     */
    public static DcqlResult evaluate(DcqlQuery query, Map<String, ? extends List<? extends Credential>> presented) {
        List<Mismatch> problems = new ArrayList<>();
        for (String id : presented.keySet()) {
            if (query.credential(id).isEmpty()) {
                problems.add(new Mismatch(Mismatch.Kind.UNKNOWN_CREDENTIAL_QUERY,
                        "§8.1: the response presents credentials for \"" + id + "\", which no Credential Query has as id"));
            }
        }
        Map<String, QueryOutcome> outcomes = new LinkedHashMap<>();
        for (CredentialQuery credentialQuery : query.credentials()) {
            QueryOutcome outcome = outcome(credentialQuery, presented.get(credentialQuery.id()));
            outcomes.put(credentialQuery.id(), outcome);
            if (outcome.presented() && !outcome.satisfied()) {
                problems.add(new Mismatch(Mismatch.Kind.PRESENTATION_NOT_MATCHING,
                        "§6.4.2: what was presented for \"" + credentialQuery.id() + "\" does not satisfy it"));
            }
        }
        List<CredentialSetOutcome> sets = new ArrayList<>();
        if (query.credentialSets().isEmpty()) {
            outcomes.values().stream().filter(outcome -> !outcome.presented()).forEach(outcome -> problems.add(new Mismatch(
                    Mismatch.Kind.NOT_PRESENTED, "§6.4.2: without credential_sets every Credential Query is requested; \""
                    + outcome.queryId() + "\" was not presented")));
        } else {
            List<CredentialSetQuery> setQueries = query.credentialSets().get();
            for (int i = 0; i < setQueries.size(); i++) {
                CredentialSetOutcome set = set(i, setQueries.get(i), outcomes);
                sets.add(set);
                if (set.required() && !set.satisfied()) {
                    problems.add(new Mismatch(Mismatch.Kind.CREDENTIAL_SET_NOT_SATISFIED, "§6.4.2: credential_sets[" + i
                            + "] is required but none of its options " + setQueries.get(i).options() + " is satisfied"));
                }
            }
        }
        return new DcqlResult(problems.isEmpty(), outcomes, sets, problems);
    }

    private static QueryOutcome outcome(CredentialQuery query, List<? extends Credential> credentials) {
        if (credentials == null || credentials.isEmpty()) {
            return new QueryOutcome(query.id(), List.of(), List.of(new Mismatch(Mismatch.Kind.NOT_PRESENTED,
                    "nothing was presented for \"" + query.id() + "\"")));
        }
        List<Mismatch> mismatches = new ArrayList<>();
        if (credentials.size() > 1 && !query.multiple()) {
            mismatches.add(new Mismatch(Mismatch.Kind.TOO_MANY_PRESENTATIONS, "§8.1: " + credentials.size()
                    + " presentations for \"" + query.id() + "\", whose multiple is false: the array MUST contain only one"));
        }
        List<CredentialMatch> matches = new ArrayList<>(credentials.size());
        for (Credential credential : credentials) {
            CredentialMatch match = CredentialMatcher.match(query, credential);
            matches.add(match);
            if (match instanceof CredentialMatch.Unsatisfied unsatisfied) {
                mismatches.addAll(unsatisfied.mismatches());
            }
        }
        return new QueryOutcome(query.id(), matches, mismatches);
    }

    private static CredentialSetOutcome set(int index, CredentialSetQuery set, Map<String, QueryOutcome> outcomes) {
        Optional<List<String>> satisfied = set.options().stream()
                .filter(option -> option.stream().allMatch(id -> outcomes.containsKey(id) && outcomes.get(id).satisfied()))
                .findFirst();
        return new CredentialSetOutcome(index, set.required(), satisfied);
    }
}
