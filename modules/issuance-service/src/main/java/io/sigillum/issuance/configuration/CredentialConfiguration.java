package io.sigillum.issuance.configuration;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One credential configuration: what a credential of this kind says and how wallets show it.
 *
 * @param id                  the {@code credential_configuration_id}
 * @param format              the credential format identifier; {@code dc+sd-jwt} today
 * @param vct                 the SD-JWT VC type
 * @param scope               the OAuth scope that names it, if any
 * @param validity            how long a credential is valid from issuance ({@code exp})
 * @param statusListType      the status service's list type its status entries come from
 * @param fixedClaims         claims every credential carries as given (e.g. {@code issuing_country})
 * @param issuanceDateClaims  claims set to the issuance ({@code issuance}) or expiry ({@code expiry})
 *                            date, as ISO 8601 full dates
 * @param ageOver             the ages for which {@code age_equal_or_over} members are derived from
 *                            {@code birthdate}; empty for none
 * @param display             the configuration's display objects
 * @param claims              its claims, in the order the metadata lists them
 */
public record CredentialConfiguration(String id, String format, String vct, Optional<String> scope, Duration validity,
                                      String statusListType, Map<String, Object> fixedClaims,
                                      Map<String, String> issuanceDateClaims, List<Integer> ageOver,
                                      List<Map<String, Object>> display, List<ClaimDefinition> claims) {

    /** The SD-JWT VC format identifier (OID4VCI 1.0 Appendix A.3). */
    public static final String SD_JWT_VC = "dc+sd-jwt";

    public CredentialConfiguration {
        fixedClaims = Map.copyOf(fixedClaims);
        issuanceDateClaims = Map.copyOf(issuanceDateClaims);
        ageOver = List.copyOf(ageOver);
        display = List.copyOf(display);
        claims = List.copyOf(claims);
    }

    /** The names of the top-level claims the configuration lists: nothing else is issued. */
    public Set<String> topLevelClaims() {
        return claims.stream().map(ClaimDefinition::topLevelName).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The top-level claims a credential must carry. */
    public Set<String> mandatoryClaims() {
        return claims.stream().filter(c -> c.mandatory() && c.path().size() == 1).map(ClaimDefinition::topLevelName)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
