package io.sigillum.sdjwt.vc;

import io.sigillum.sdjwt.verification.VerifiedSdJwt;
import io.sigillum.statuslist.reference.StatusReference;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An SD-JWT VC whose SD-JWT, header type, registered claims and validity window were checked.
 * Whether the status is acceptable is the caller's policy: the draft says the status SHOULD be
 * checked when present, so {@link #status()} hands over where to look.
 *
 * @param sdJwt        the verified SD-JWT: header, processed claims, Disclosures, Key Binding claims
 * @param vct          the credential type
 * @param issuer       {@code iss}; empty only when the verifier was told the issuer may be conveyed
 *                     by other means ({@code x5c})
 * @param issuedAt     {@code iat}, if present (it may have been selectively disclosed and withheld)
 * @param notBefore    {@code nbf}, if present
 * @param expiresAt    {@code exp}, if present
 * @param confirmation {@code cnf}, if present, e.g. {@code {"jwk": {…}}}
 * @param status       the Token Status List entry of the {@code status} claim, if it has a
 *                     {@code status_list}
 */
public record VerifiedSdJwtVc(VerifiedSdJwt sdJwt, String vct, Optional<String> issuer, Optional<Instant> issuedAt,
                              Optional<Instant> notBefore, Optional<Instant> expiresAt,
                              Optional<Map<String, Object>> confirmation, Optional<StatusReference> status) {

    /** Checks that nothing is null. */
    public VerifiedSdJwtVc {
        Objects.requireNonNull(sdJwt, "sdJwt");
        Objects.requireNonNull(vct, "vct");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(confirmation, "confirmation");
        Objects.requireNonNull(status, "status");
    }

    /** @return the processed claims, disclosed ones in place (RFC 9901 §7.1 step 3) */
    public Map<String, Object> claims() {
        return sdJwt.claims();
    }

    /** @return whether a Key Binding JWT was required and verified */
    public boolean keyBound() {
        return sdJwt.keyBound();
    }
}
