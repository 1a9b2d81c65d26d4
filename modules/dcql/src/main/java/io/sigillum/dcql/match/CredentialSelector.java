package io.sigillum.dcql.match;

import io.sigillum.dcql.query.CredentialQuery;
import io.sigillum.dcql.query.CredentialSetQuery;
import io.sigillum.dcql.query.DcqlQuery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses, for a Wallet, which held credentials answer a DCQL query (§6.4). Credentials that do not
 * match a Credential Query are treated as if they did not exist for it; the request can be answered
 * only when every required Credential Set Query (or, without {@code credential_sets}, every
 * Credential Query) has an option whose queries all have a candidate (§6.4.2: otherwise the Wallet
 * MUST NOT return any credential).
 */
public final class CredentialSelector {

    private CredentialSelector() {
    }

    /**
     * A held credential that satisfies a Credential Query.
     *
     * @param credential the credential
     * @param match      how: the claim set and the claims to disclose
     */
    public record Candidate(Credential credential, CredentialMatch.Satisfied match) {
    }

    /**
     * @param candidates Credential Query id → the held credentials that satisfy it, in the order held;
     *                   every query present, possibly with none
     * @param preferred  when the request can be answered: Credential Query id → the one credential the
     *                   Verifier's preferences point to (first satisfiable option of each set, optional
     *                   sets included when satisfiable; first candidate of each query). What the End-User
     *                   consents to, and whether to send more for {@code multiple}, is the Wallet's call
     */
    public record Selection(Map<String, List<Candidate>> candidates, Optional<Map<String, Candidate>> preferred) {

        /** Copies, keeping the order. */
        public Selection {
            candidates = Collections.unmodifiableMap(new LinkedHashMap<>(candidates));
            preferred = preferred.map(chosen -> Collections.unmodifiableMap(new LinkedHashMap<>(chosen)));
        }

        /** @return whether the request can be answered */
        public boolean satisfiable() {
            return preferred.isPresent();
        }
    }

    /**
     * @param query the Verifier's query
     * @param held  the Wallet's credentials, with all their claims
     * @return the candidates per query and the preferred answer, if there is one
     */
    public static Selection select(DcqlQuery query, List<? extends Credential> held) {
        Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
        for (CredentialQuery credentialQuery : query.credentials()) {
            List<Candidate> matching = new ArrayList<>();
            for (Credential credential : held) {
                if (CredentialMatcher.match(credentialQuery, credential) instanceof CredentialMatch.Satisfied satisfied) {
                    matching.add(new Candidate(credential, satisfied));
                }
            }
            candidates.put(credentialQuery.id(), matching);
        }
        return new Selection(candidates, chosenIds(query, candidates).map(ids -> {
            Map<String, Candidate> chosen = new LinkedHashMap<>();
            // In query order, whatever the order of the sets.
            candidates.forEach((id, matching) -> {
                if (ids.contains(id)) {
                    chosen.put(id, matching.getFirst());
                }
            });
            return chosen;
        }));
    }

    private static Optional<Set<String>> chosenIds(DcqlQuery query, Map<String, List<Candidate>> candidates) {
        if (query.credentialSets().isEmpty()) {
            boolean all = candidates.values().stream().noneMatch(List::isEmpty);
            return all ? Optional.of(candidates.keySet()) : Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (CredentialSetQuery set : query.credentialSets().get()) {
            Optional<List<String>> option = set.options().stream()
                    .filter(optionIds -> optionIds.stream().allMatch(id -> !candidates.getOrDefault(id, List.of()).isEmpty()))
                    .findFirst();
            if (option.isPresent()) {
                ids.addAll(option.get());
            } else if (set.required()) {
                return Optional.empty();
            }
        }
        return Optional.of(ids);
    }
}
