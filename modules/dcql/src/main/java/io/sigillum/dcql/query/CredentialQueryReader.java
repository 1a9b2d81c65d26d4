package io.sigillum.dcql.query;

import io.sigillum.dcql.DcqlException;
import io.sigillum.dcql.DcqlException.Reason;
import io.sigillum.dcql.DcqlSpec;
import io.sigillum.dcql.internal.Json;
import io.sigillum.dcql.internal.Members;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one Credential Query (§6.1) with its Trusted Authorities Queries, Claims Queries and claim sets. */
final class CredentialQueryReader {

    private static final String SECTION = "§6.1";

    private CredentialQueryReader() {
    }

    static CredentialQuery read(Object value, String at, boolean duplicateClaimPathsAllowed) throws DcqlException {
        Members query = Members.of(value, at, SECTION);
        String id = Ids.check(query.requiredString(DcqlSpec.ID), query.at(DcqlSpec.ID), SECTION);
        String format = query.requiredNonEmptyString(DcqlSpec.FORMAT);
        boolean multiple = query.optionalBoolean(DcqlSpec.MULTIPLE, false);
        CredentialMeta meta = MetaReader.read(format, query.required(DcqlSpec.META), query.at(DcqlSpec.META));
        Optional<List<TrustedAuthoritiesQuery>> trustedAuthorities = readTrustedAuthorities(query);
        boolean holderBinding = query.optionalBoolean(DcqlSpec.REQUIRE_CRYPTOGRAPHIC_HOLDER_BINDING, true);

        Optional<List<Object>> claimValues = query.optionalNonEmptyArray(DcqlSpec.CLAIMS);
        boolean hasClaimSets = query.has(DcqlSpec.CLAIM_SETS);
        if (hasClaimSets && claimValues.isEmpty()) {
            throw new DcqlException(Reason.CLAIM_SETS_WITHOUT_CLAIMS, "§6.4.1: " + query.at(DcqlSpec.CLAIM_SETS)
                    + " MUST NOT be present when claims is absent");
        }
        Optional<List<ClaimsQuery>> claims = Optional.empty();
        if (claimValues.isPresent()) {
            claims = Optional.of(readClaims(claimValues.get(), query.at(DcqlSpec.CLAIMS), format, hasClaimSets, duplicateClaimPathsAllowed));
        }
        Optional<List<List<String>>> claimSets = Optional.empty();
        if (hasClaimSets) {
            claimSets = Optional.of(readClaimSets(query.optionalNonEmptyArray(DcqlSpec.CLAIM_SETS).orElseThrow(),
                    query.at(DcqlSpec.CLAIM_SETS), claims.orElseThrow()));
        }
        return new CredentialQuery(id, format, multiple, meta, trustedAuthorities, holderBinding, claims, claimSets);
    }

    private static Optional<List<TrustedAuthoritiesQuery>> readTrustedAuthorities(Members query) throws DcqlException {
        Optional<List<Object>> values = query.optionalNonEmptyArray(DcqlSpec.TRUSTED_AUTHORITIES);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<TrustedAuthoritiesQuery> authorities = new ArrayList<>();
        for (int i = 0; i < values.get().size(); i++) {
            Members authority = Members.of(values.get().get(i), query.at(DcqlSpec.TRUSTED_AUTHORITIES) + "[" + i + "]", "§6.1.1");
            authorities.add(new TrustedAuthoritiesQuery(authority.requiredNonEmptyString(DcqlSpec.TYPE),
                    authority.requiredNonEmptyStrings(DcqlSpec.VALUES)));
        }
        return Optional.of(authorities);
    }

    private static List<ClaimsQuery> readClaims(List<Object> values, String at, String format, boolean idsRequired,
                                                boolean duplicatePathsAllowed) throws DcqlException {
        List<ClaimsQuery> claims = new ArrayList<>(values.size());
        Set<String> ids = new HashSet<>();
        Set<ClaimsPathPointer> paths = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String claimAt = at + "[" + i + "]";
            ClaimsQuery claim = ClaimsQueryReader.read(values.get(i), claimAt, format);
            if (idsRequired && claim.id().isEmpty()) {
                throw new DcqlException(Reason.CLAIM_ID_MISSING, "§6.3: " + claimAt + ".id is REQUIRED because claim_sets is present");
            }
            if (claim.id().isPresent() && !ids.add(claim.id().get())) {
                throw new DcqlException(Reason.DUPLICATE_CLAIM_ID, "§6.3: " + claimAt + ".id \"" + claim.id().get()
                        + "\" is the id of an earlier claim of the same claims array");
            }
            if (!paths.add(claim.path()) && !duplicatePathsAllowed) {
                throw new DcqlException(Reason.DUPLICATE_CLAIM_PATH, "§6.1: " + claimAt + ".path " + claim.path()
                        + " points to the same claim as an earlier Claims Query; Verifiers MUST NOT point to a claim more than once");
            }
            claims.add(claim);
        }
        return claims;
    }

    private static List<List<String>> readClaimSets(List<Object> values, String at, List<ClaimsQuery> claims) throws DcqlException {
        Set<String> claimIds = new HashSet<>();
        claims.forEach(claim -> claim.id().ifPresent(claimIds::add));
        List<List<String>> sets = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String setAt = at + "[" + i + "]";
            if (!(values.get(i) instanceof List<?> ids)) {
                throw new DcqlException(Reason.WRONG_TYPE, SECTION + ": " + setAt + " must be an array of claim ids, not "
                        + Json.typeOf(values.get(i)));
            }
            List<String> set = new ArrayList<>(ids.size());
            for (int j = 0; j < ids.size(); j++) {
                if (!(ids.get(j) instanceof String id)) {
                    throw new DcqlException(Reason.WRONG_TYPE, SECTION + ": " + setAt + "[" + j + "] must be a claim id, not "
                            + Json.typeOf(ids.get(j)));
                }
                if (!claimIds.contains(id)) {
                    throw new DcqlException(Reason.UNKNOWN_CLAIM_ID, SECTION + ": " + setAt + "[" + j + "] \"" + Ids.quotable(id)
                            + "\" is the id of no element of claims");
                }
                set.add(id);
            }
            sets.add(set);
        }
        return sets;
    }
}
