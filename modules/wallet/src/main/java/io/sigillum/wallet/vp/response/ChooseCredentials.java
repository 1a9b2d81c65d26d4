package io.sigillum.wallet.vp.response;

import io.sigillum.dcql.match.ClaimsToDisclose;
import io.sigillum.dcql.match.CredentialSelector;
import io.sigillum.dcql.match.SdJwtVcCredential;
import io.sigillum.dcql.query.DcqlQuery;
import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.wallet.store.StoredCredential;
import io.sigillum.wallet.vp.request.Oid4vpSpec;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Chooses which held credentials answer a DCQL query, and which of their claims to disclose, with
 * the dcql library in wallet mode: the Verifier's preferred option of each Credential Set Query,
 * for each Credential Query a matching credential not presented before when there is one (copies of
 * a batch are there so that presentations cannot be linked by the credential), else the first, and
 * of it only the selected claims (§6.4: Wallets MUST NOT send selectively disclosable claims that
 * were not selected). This test wallet consents to everything that matches.
 */
final class ChooseCredentials {

    /**
     * A credential to present for one Credential Query.
     *
     * @param credential the held credential
     * @param claims     the claim paths to disclose, minimal
     */
    record Chosen(StoredCredential credential, Set<ClaimPath> claims) {
    }

    private ChooseCredentials() {
    }

    /**
     * @param query     the request's DCQL query
     * @param held      the wallet's credentials
     * @param presented whether a credential was presented before
     * @return Credential Query id → what to present, in query order; empty when the query cannot be answered
     */
    static Optional<Map<String, Chosen>> choose(DcqlQuery query, List<StoredCredential> held, Predicate<StoredCredential> presented) {
        Map<SdJwtVcCredential, StoredCredential> stored = new IdentityHashMap<>();
        List<SdJwtVcCredential> candidates = new ArrayList<>();
        for (StoredCredential credential : held) {
            if (credential.format().equals(Oid4vpSpec.FORMAT_SD_JWT_VC)) {
                SdJwtVcCredential candidate = new SdJwtVcCredential(credential.vct(), credential.claims(), credential.holderKey().isPresent());
                stored.put(candidate, credential);
                candidates.add(candidate);
            }
        }
        CredentialSelector.Selection selection = CredentialSelector.select(query, candidates);
        return selection.preferred().map(preferred -> {
            Map<String, Chosen> chosen = new LinkedHashMap<>();
            preferred.forEach((id, first) -> {
                CredentialSelector.Candidate candidate = selection.candidates().get(id).stream()
                        .filter(c -> !presented.test(stored.get(c.credential()))).findFirst().orElse(first);
                chosen.put(id, new Chosen(stored.get(candidate.credential()), ClaimsToDisclose.of(candidate.match())));
            });
            return chosen;
        });
    }
}
