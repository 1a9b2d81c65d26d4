package io.sigillum.dcql.match;

import io.sigillum.dcql.query.CredentialQuery;
import io.sigillum.sdjwt.ClaimPath;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The least a Wallet discloses to answer a Credential Query (§6.4: Wallets MUST NOT send selectively
 * disclosable claims that were not selected): the selected claims' paths, without those inside
 * another selected claim, since {@link io.sigillum.sdjwt.presentation.SdJwtPresenter} discloses a
 * selected claim whole, and it adds the Disclosures of the claims on the way to each by itself.
 */
public final class ClaimsToDisclose {

    private ClaimsToDisclose() {
    }

    /**
     * @param query      the Credential Query
     * @param credential the SD-JWT VC as held: all its claims, every Disclosure applied
     * @return the paths to hand {@link io.sigillum.sdjwt.presentation.SdJwtPresenter#select}, empty
     *         (a set with no path) when the query asks for no claim; absent when the credential does
     *         not satisfy the query
     */
    public static Optional<Set<ClaimPath>> forSdJwtVc(CredentialQuery query, SdJwtVcCredential credential) {
        return CredentialMatcher.match(query, credential) instanceof CredentialMatch.Satisfied satisfied
                ? Optional.of(of(satisfied))
                : Optional.empty();
    }

    /**
     * @param match a satisfied match
     * @return its claims' paths, in order, without those a selected ancestor already discloses
     */
    public static Set<ClaimPath> of(CredentialMatch.Satisfied match) {
        return minimal(match.claimPaths());
    }

    /** @return the paths of several matches of one credential (several Credential Queries asking for it), together */
    public static Set<ClaimPath> of(List<CredentialMatch.Satisfied> matches) {
        List<ClaimPath> paths = new ArrayList<>();
        matches.forEach(match -> paths.addAll(match.claimPaths()));
        return minimal(paths);
    }

    private static Set<ClaimPath> minimal(List<ClaimPath> paths) {
        Set<ClaimPath> minimal = new LinkedHashSet<>();
        for (ClaimPath path : paths) {
            boolean covered = paths.stream().anyMatch(other -> !other.equals(path) && other.isPrefixOf(path));
            if (!covered) {
                minimal.add(path);
            }
        }
        return minimal;
    }
}
