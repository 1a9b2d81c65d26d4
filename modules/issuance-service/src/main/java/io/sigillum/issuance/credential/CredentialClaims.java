package io.sigillum.issuance.credential;

import io.sigillum.issuance.configuration.ClaimDefinition;
import io.sigillum.issuance.configuration.CredentialConfiguration;
import io.sigillum.issuance.oauth.OAuthError;
import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.sdjwt.vc.SdJwtVcSpec;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The claims of one credential: the configuration's claims taken from the authentic source's
 * attributes (nothing else), its fixed claims, issuance and expiry dates, and the
 * {@code age_equal_or_over} members derived from {@code birthdate}; every configured claim
 * selectively disclosable.
 *
 * @param claims      the claims, as plain JSON values
 * @param disclosable the paths that become Disclosures
 */
record CredentialClaims(Map<String, Object> claims, Set<ClaimPath> disclosable) {

    static CredentialClaims of(CredentialConfiguration configuration, Map<String, Object> attributes,
                               Instant issuedAt, Instant expiresAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        Set<String> wanted = configuration.topLevelClaims();
        attributes.forEach((name, value) -> {
            if (wanted.contains(name) && !SdJwtVcSpec.NEVER_DISCLOSABLE.contains(name) && value != null) {
                claims.put(name, value);
            }
        });
        claims.putAll(configuration.fixedClaims());
        configuration.issuanceDateClaims().forEach((name, which) -> claims.put(name,
                LocalDate.ofInstant("expiry".equals(which) ? expiresAt : issuedAt, ZoneOffset.UTC).toString()));
        if (!configuration.ageOver().isEmpty() && claims.get("birthdate") instanceof String birthdate) {
            claims.put("age_equal_or_over", ages(configuration, birthdate, issuedAt));
        }
        for (String mandatory : configuration.mandatoryClaims()) {
            if (!claims.containsKey(mandatory)) {
                throw OAuthError.badRequest("credential_request_denied",
                        "the authentic source holds no " + mandatory + " for this person");
            }
        }
        Set<ClaimPath> disclosable = new LinkedHashSet<>();
        for (ClaimDefinition definition : configuration.claims()) {
            disclosable.addAll(definition.resolve(claims));
        }
        return new CredentialClaims(claims, disclosable);
    }

    private static Map<String, Object> ages(CredentialConfiguration configuration, String birthdate, Instant at) {
        LocalDate born;
        try {
            born = LocalDate.parse(birthdate);
        } catch (DateTimeParseException e) {
            throw OAuthError.badRequest("credential_request_denied", "the authentic source's birthdate is not YYYY-MM-DD");
        }
        int age = Period.between(born, LocalDate.ofInstant(at, ZoneOffset.UTC)).getYears();
        Map<String, Object> over = new TreeMap<>();
        for (int threshold : configuration.ageOver()) {
            over.put(Integer.toString(threshold), age >= threshold);
        }
        return over;
    }
}
