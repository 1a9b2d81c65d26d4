package io.sigillum.sdjwt.verification;

import com.nimbusds.jose.JWSHeader;
import io.sigillum.sdjwt.Disclosure;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An SD-JWT whose issuer signature and Disclosures were checked.
 *
 * @param issuerHeader     the Issuer-signed JWT's protected header (e.g. for its {@code typ})
 * @param claims           the processed payload (§7.1 step 3): disclosed claims in place, no
 *                         {@code _sd}, {@code ...}, {@code _sd_alg} or decoys
 * @param disclosures      the Disclosures presented
 * @param keyBindingClaims the Key Binding JWT's claims when Key Binding was required and verified;
 *                         empty otherwise, even if the presentation carried one
 */
public record VerifiedSdJwt(JWSHeader issuerHeader, Map<String, Object> claims, List<Disclosure> disclosures,
                            Optional<Map<String, Object>> keyBindingClaims) {

    /** Copies the lists. */
    public VerifiedSdJwt {
        Objects.requireNonNull(issuerHeader, "issuerHeader");
        Objects.requireNonNull(claims, "claims");
        disclosures = List.copyOf(disclosures);
        Objects.requireNonNull(keyBindingClaims, "keyBindingClaims");
    }

    /** @return whether a Key Binding JWT was verified */
    public boolean keyBound() {
        return keyBindingClaims.isPresent();
    }
}
