package io.sigillum.crypto.x509;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The distinguished name a certificate names its subject with (RFC 5280 §4.1.2.6): common name,
 * and optionally organisation, country and state or province. Built attribute by attribute, never
 * parsed from a string, so a comma or an equals sign in a value cannot add an attribute.
 *
 * @param commonName      CN, for people reading the certificate
 * @param organization    O, or {@code null}
 * @param country         C, an ISO 3166-1 alpha-2 code in capitals, or {@code null}; ISO/IEC
 *                        18013-5 Annex B requires it of an IACA
 * @param stateOrProvince ST, or {@code null}
 */
public record SubjectName(String commonName, String organization, String country, String stateOrProvince) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** Checks the values. */
    public SubjectName {
        Objects.requireNonNull(commonName, "commonName");
        requireNotBlank(commonName, "commonName");
        if (organization != null) {
            requireNotBlank(organization, "organization");
        }
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("country is an ISO 3166-1 alpha-2 code in capitals, not " + country);
        }
        if (stateOrProvince != null) {
            requireNotBlank(stateOrProvince, "stateOrProvince");
        }
    }

    /** @return a name with a common name only */
    public static SubjectName of(String commonName) {
        return new SubjectName(commonName, null, null, null);
    }

    /** @return this name with an organisation */
    public SubjectName withOrganization(String value) {
        return new SubjectName(commonName, value, country, stateOrProvince);
    }

    /** @return this name with a country */
    public SubjectName withCountry(String value) {
        return new SubjectName(commonName, organization, value, stateOrProvince);
    }

    /** @return this name with a state or province */
    public SubjectName withStateOrProvince(String value) {
        return new SubjectName(commonName, organization, country, value);
    }

    private static void requireNotBlank(String value, String what) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
    }
}
