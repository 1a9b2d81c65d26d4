package io.sigillum.presentation;

import io.sigillum.dcql.match.CredentialMatch;
import io.sigillum.dcql.match.DcqlResult;
import io.sigillum.dcql.match.Mismatch;
import io.sigillum.dcql.match.PresentationEvaluator;
import io.sigillum.dcql.match.QueryOutcome;
import io.sigillum.dcql.match.RequestedClaims;
import io.sigillum.dcql.match.SdJwtVcCredential;
import io.sigillum.dcql.query.DcqlQuery;
import io.sigillum.presentation.internal.SdJwtVcCheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The verified credentials against the DCQL query (OpenID4VP 1.0 §6.4.2, with
 * {@link PresentationEvaluator}), and, when it is satisfied, each credential cut down to the
 * claims its Credential Query selected ({@link RequestedClaims}).
 */
final class QueryCheck {

    private QueryCheck() {
    }

    /**
     * @param credentials the credentials' outcome, or why the query is not satisfied
     * @param failures    empty when satisfied
     */
    record Outcome(Map<String, List<VerifiedCredential>> credentials, List<Failure> failures) {
    }

    static Outcome check(DcqlQuery query, Map<String, List<SdJwtVcCheck.Checked>> checked) {
        Map<String, List<SdJwtVcCredential>> presented = new LinkedHashMap<>();
        checked.forEach((id, credentials) -> presented.put(id, credentials.stream()
                .map(credential -> SdJwtVcCredential.of(credential.credential())).toList()));
        DcqlResult result = PresentationEvaluator.evaluate(query, presented);
        if (!result.satisfied()) {
            return new Outcome(Map.of(), failures(result));
        }
        Map<String, List<VerifiedCredential>> verified = new LinkedHashMap<>();
        checked.forEach((id, credentials) -> {
            List<CredentialMatch.Satisfied> matches = result.selected(id).orElseThrow();
            List<VerifiedCredential> kept = new ArrayList<>(credentials.size());
            for (int i = 0; i < credentials.size(); i++) {
                SdJwtVcCheck.Checked credential = credentials.get(i);
                kept.add(new VerifiedCredential(id, credential.credential().vct(), credential.issuerId(), credential.iss(),
                        RequestedClaims.keep(credential.credential().claims(), matches.get(i).claimPaths())));
            }
            verified.put(id, kept);
        });
        return new Outcome(verified, List.of());
    }

    private static List<Failure> failures(DcqlResult result) {
        List<Failure> failures = new ArrayList<>();
        for (QueryOutcome outcome : result.queries().values()) {
            if (outcome.presented() && !outcome.satisfied()) {
                failures.add(Failure.of(FailureReason.QUERY_NOT_SATISFIED, outcome.queryId(),
                        outcome.mismatches().stream().map(Mismatch::toString).collect(Collectors.joining("; "))));
            }
        }
        for (Mismatch problem : result.problems()) {
            // Presentations that do not match their query are reported above, with their id.
            if (problem.kind() != Mismatch.Kind.PRESENTATION_NOT_MATCHING) {
                failures.add(Failure.of(FailureReason.QUERY_NOT_SATISFIED, problem.toString()));
            }
        }
        return failures;
    }
}
