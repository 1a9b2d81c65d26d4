package io.sigillum.trust.model;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, and the few the EU writes differently. */
final class Countries {

    private static final Set<String> ISO_3166_1 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    /**
     * Codes that EU trusted lists use besides ISO 3166-1 (ETSI TS 119 612 §5.3.10 follows the EU's
     * Interinstitutional Style Guide): EL for Greece, UK for the United Kingdom, and EU for the
     * Union's own list. ISO 3166 reserves UK and EU exceptionally.
     */
    private static final Set<String> EU_CODES = Set.of("EL", "UK", "EU");

    private Countries() {
    }

    static String require(String country) {
        Text.require(country, "country", 2);
        if (!ISO_3166_1.contains(country) && !EU_CODES.contains(country)) {
            throw new IllegalArgumentException("country is not an ISO 3166-1 alpha-2 code in capitals: " + country);
        }
        return country;
    }
}
