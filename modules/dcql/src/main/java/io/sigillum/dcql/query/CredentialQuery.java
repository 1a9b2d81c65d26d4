package io.sigillum.dcql.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Credential Query (§6.1): a request for a presentation of one (or, with {@code multiple}, more)
 * Credentials of a format, with constraints on metadata and claims.
 *
 * @param id                                the id the response's {@code vp_token} is keyed by
 * @param format                            the Credential Format Identifier, e.g. {@code dc+sd-jwt}
 * @param multiple                          whether more than one Credential may answer (default false)
 * @param meta                              the format's metadata constraints
 * @param trustedAuthorities                accepted authorities, if the query names any
 * @param requireCryptographicHolderBinding whether a proof of Cryptographic Holder Binding is required (default true)
 * @param claims                            the requested claims; absent means no selectively disclosable claim is requested
 * @param claimSets                         alternative combinations of claim ids, most preferred first
 */
public record CredentialQuery(String id, String format, boolean multiple, CredentialMeta meta,
                              Optional<List<TrustedAuthoritiesQuery>> trustedAuthorities,
                              boolean requireCryptographicHolderBinding, Optional<List<ClaimsQuery>> claims,
                              Optional<List<List<String>>> claimSets) {

    /** Checks that nothing is null and copies the lists. */
    public CredentialQuery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(meta, "meta");
        trustedAuthorities = Objects.requireNonNull(trustedAuthorities, "trustedAuthorities").map(List::copyOf);
        claims = Objects.requireNonNull(claims, "claims").map(List::copyOf);
        claimSets = Objects.requireNonNull(claimSets, "claimSets").map(sets -> sets.stream().map(List::copyOf).toList());
    }

    /** @return the Claims Query with this id, if there is one */
    public Optional<ClaimsQuery> claim(String claimId) {
        return claims.orElse(List.of()).stream().filter(claim -> claim.id().filter(claimId::equals).isPresent()).findFirst();
    }
}
