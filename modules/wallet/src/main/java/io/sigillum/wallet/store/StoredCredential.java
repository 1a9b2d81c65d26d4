package io.sigillum.wallet.store;

import io.sigillum.statuslist.reference.StatusReference;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A credential the wallet received, verified and keeps, with the holder key it is bound to.
 *
 * @param credentialConfigurationId the Credential Configuration it was issued under
 * @param format                    its format, {@code dc+sd-jwt}
 * @param compact                   the SD-JWT as issued: {@code <JWT>~<D1>~…~}
 * @param holderKey                 the key pair of its {@code cnf.jwk}; empty when the issuer binds no key
 * @param claims                    the processed claims, Disclosures in place (RFC 9901 §7.1)
 * @param disclosures               what each Disclosure discloses
 * @param vct                       {@code vct}
 * @param issuer                    {@code iss}
 * @param issuedAt                  {@code iat}, if present
 * @param expiresAt                 {@code exp}, if present
 * @param status                    the Token Status List entry of {@code status}, if any
 * @param notificationId            the {@code notification_id} of the response it came in, if any
 */
public record StoredCredential(String credentialConfigurationId, String format, String compact, Optional<KeyPair> holderKey,
                               Map<String, Object> claims, List<DisclosedClaim> disclosures, String vct, String issuer,
                               Optional<Instant> issuedAt, Optional<Instant> expiresAt, Optional<StatusReference> status,
                               Optional<String> notificationId) {

    /** Checks that nothing is null and copies the collections. */
    public StoredCredential {
        Objects.requireNonNull(credentialConfigurationId, "credentialConfigurationId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(compact, "compact");
        Objects.requireNonNull(holderKey, "holderKey");
        claims = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(claims));
        disclosures = List.copyOf(disclosures);
        Objects.requireNonNull(vct, "vct");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(notificationId, "notificationId");
    }

    /** @return type, issuer and configuration; never the key, the credential or claim values */
    @Override
    public String toString() {
        return "StoredCredential[" + credentialConfigurationId + ", " + format + ", " + vct + ", " + issuer
                + ", " + disclosures.size() + " disclosures" + (holderKey.isPresent() ? ", key-bound" : "") + "]";
    }
}
