package io.sigillum.sdjwt;

import io.sigillum.sdjwt.SdJwtException.Reason;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An SD-JWT in its compact serialisation (§4): {@code <Issuer-signed JWT>~<D1>~…~<Dn>~}, optionally
 * followed by a Key Binding JWT (an "SD-JWT+KB"). This type only holds and splits the parts;
 * nothing here checks a signature (see {@code io.sigillum.sdjwt.verification}).
 */
public final class SdJwt {

    private final String issuerSignedJwt;
    private final List<Disclosure> disclosures;
    private final String keyBindingJwt;

    private SdJwt(String issuerSignedJwt, List<Disclosure> disclosures, String keyBindingJwt) {
        this.issuerSignedJwt = issuerSignedJwt;
        this.disclosures = List.copyOf(disclosures);
        this.keyBindingJwt = keyBindingJwt;
    }

    /**
     * @param issuerSignedJwt the compact JWS the issuer signed
     * @param disclosures     the Disclosures, in the order to serialise them
     * @return the SD-JWT without Key Binding
     * @throws IllegalArgumentException when a Disclosure appears twice
     */
    public static SdJwt of(String issuerSignedJwt, List<Disclosure> disclosures) {
        Objects.requireNonNull(issuerSignedJwt, "issuerSignedJwt");
        if (new HashSet<>(disclosures).size() != disclosures.size()) {
            throw new IllegalArgumentException("a Disclosure appears twice (§7.1 step 4)");
        }
        return new SdJwt(issuerSignedJwt, disclosures, null);
    }

    /**
     * Splits a compact serialisation and reads each Disclosure strictly.
     *
     * @param serialized an SD-JWT or SD-JWT+KB
     * @return its parts
     * @throws SdJwtException {@link Reason#MALFORMED_SERIALIZATION} when there is no {@code ~}, the
     *                        JWT is empty or a Disclosure is empty; {@link Reason#DUPLICATE_DISCLOSURE};
     *                        the reasons of {@link Disclosure#parse}
     */
    public static SdJwt parse(String serialized) throws SdJwtException {
        Objects.requireNonNull(serialized, "serialized");
        String[] parts = serialized.split(String.valueOf(SdJwtSpec.SEPARATOR), -1);
        if (parts.length < 2) {
            throw new SdJwtException(Reason.MALFORMED_SERIALIZATION, "an SD-JWT ends its Issuer-signed JWT with ~ (§4)");
        }
        if (parts[0].isEmpty()) {
            throw new SdJwtException(Reason.MALFORMED_SERIALIZATION, "an SD-JWT starts with the Issuer-signed JWT (§4)");
        }
        List<Disclosure> disclosures = new ArrayList<>(parts.length - 2);
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < parts.length - 1; i++) {
            if (parts[i].isEmpty()) {
                // Only the part after the last ~ may be empty: it is the absent Key Binding JWT.
                throw new SdJwtException(Reason.MALFORMED_SERIALIZATION, "Disclosure " + i + " is empty (§4)");
            }
            if (!seen.add(parts[i])) {
                throw new SdJwtException(Reason.DUPLICATE_DISCLOSURE, "Disclosure " + i + " appears twice (§7.1 step 4)");
            }
            disclosures.add(Disclosure.parse(parts[i]));
        }
        String last = parts[parts.length - 1];
        return new SdJwt(parts[0], disclosures, last.isEmpty() ? null : last);
    }

    /** @return the Issuer-signed JWT */
    public String issuerSignedJwt() {
        return issuerSignedJwt;
    }

    /** @return the Disclosures, in serialisation order */
    public List<Disclosure> disclosures() {
        return disclosures;
    }

    /** @return the Key Binding JWT, if any */
    public Optional<String> keyBindingJwt() {
        return Optional.ofNullable(keyBindingJwt);
    }

    /**
     * @param keyBindingJwt a compact Key Binding JWT whose {@code sd_hash} covers {@link #withoutKeyBinding()}
     * @return this SD-JWT with it
     */
    public SdJwt withKeyBindingJwt(String keyBindingJwt) {
        return new SdJwt(issuerSignedJwt, disclosures, Objects.requireNonNull(keyBindingJwt, "keyBindingJwt"));
    }

    /**
     * @return {@code <JWT>~<D1>~…~<Dn>~}: the SD-JWT without Key Binding, which is also the input
     *         of {@code sd_hash} (§4.3.1)
     */
    public String withoutKeyBinding() {
        StringBuilder text = new StringBuilder(issuerSignedJwt).append(SdJwtSpec.SEPARATOR);
        for (Disclosure disclosure : disclosures) {
            text.append(disclosure.encoded()).append(SdJwtSpec.SEPARATOR);
        }
        return text.toString();
    }

    /** @return the compact serialisation, with the Key Binding JWT when there is one */
    public String serialize() {
        return keyBindingJwt == null ? withoutKeyBinding() : withoutKeyBinding() + keyBindingJwt;
    }

    /** @return a summary without claim values */
    @Override
    public String toString() {
        return "SdJwt[" + disclosures.size() + " disclosures" + (keyBindingJwt == null ? "" : ", key binding") + "]";
    }
}
