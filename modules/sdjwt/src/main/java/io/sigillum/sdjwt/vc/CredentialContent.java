package io.sigillum.sdjwt.vc;

import io.sigillum.sdjwt.ClaimPath;
import io.sigillum.statuslist.reference.StatusReference;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one SD-JWT VC says: its type, validity and holder key, where its status is, and the claims
 * about the subject with the ones to make selectively disclosable. The issuer ({@code iss}) comes
 * from the {@link SdJwtVcIssuer}. Build with {@link #builder(String, Instant)}.
 *
 * @param vct          the credential type, a case-sensitive Collision-Resistant Name
 * @param issuedAt     {@code iat}
 * @param notBefore    {@code nbf}, if any
 * @param expiresAt    {@code exp}, if any
 * @param vctIntegrity {@code vct#integrity}, an SRI integrity string for the Type Metadata, if any
 * @param holderKey    the holder's public key for {@code cnf.jwk}, if the credential is key-bound
 * @param status       the Token Status List entry for the {@code status} claim, if any
 * @param claims       the other claims, as plain Java JSON values; none of the registered claims set
 *                     from the fields above
 * @param disclosable  the claims to make selectively disclosable; none of
 *                     {@link SdJwtVcSpec#NEVER_DISCLOSABLE} nor inside them
 */
public record CredentialContent(String vct, Instant issuedAt, Optional<Instant> notBefore, Optional<Instant> expiresAt,
                                Optional<String> vctIntegrity, Optional<PublicKey> holderKey,
                                Optional<StatusReference> status, Map<String, Object> claims, Set<ClaimPath> disclosable) {

    /**
     * Checks the profile's rules that need no signing.
     *
     * @throws IllegalArgumentException when {@code vct} is empty, {@code exp} is not after
     *                                  {@code nbf} or {@code iat}, the claims carry a registered
     *                                  claim set from a field, or a never-disclosable claim (or a
     *                                  part of one) is asked to be disclosable
     */
    public CredentialContent {
        Objects.requireNonNull(vct, "vct");
        if (vct.isEmpty()) {
            throw new IllegalArgumentException("vct is a non-empty string (" + SdJwtVcSpec.DRAFT + ")");
        }
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(vctIntegrity, "vctIntegrity");
        Objects.requireNonNull(holderKey, "holderKey");
        Objects.requireNonNull(status, "status");
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(notBefore.orElse(issuedAt))) {
            throw new IllegalArgumentException("exp is after nbf and iat: the credential would never be valid");
        }
        // Kept in the caller's order, and JSON null allowed, which Map.copyOf would refuse.
        claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
        for (String name : claims.keySet()) {
            if (SdJwtVcSpec.SET_BY_ISSUER.contains(name)) {
                throw new IllegalArgumentException(name + " is set by the SD-JWT VC issuer, not a free claim");
            }
        }
        disclosable = Set.copyOf(disclosable);
        for (ClaimPath path : disclosable) {
            // A path inside such a claim would put part of it in a Disclosure and leave an _sd in its
            // place, so the claim as signed would no longer be what every verifier can read.
            if (!path.elements().isEmpty() && path.elements().get(0) instanceof String name
                    && SdJwtVcSpec.NEVER_DISCLOSABLE.contains(name)) {
                throw new IllegalArgumentException(name + " MUST NOT be selectively disclosable ("
                        + SdJwtVcSpec.DRAFT + ", registered JWT claims): " + path);
            }
        }
    }

    /**
     * @param vct      the credential type
     * @param issuedAt {@code iat}
     * @return a builder with no validity limits, no holder key, no status and no claims
     */
    public static Builder builder(String vct, Instant issuedAt) {
        return new Builder(vct, issuedAt);
    }

    /** Builds a {@link CredentialContent}. */
    public static final class Builder {
        private final String vct;
        private final Instant issuedAt;
        private Instant notBefore;
        private Instant expiresAt;
        private String vctIntegrity;
        private PublicKey holderKey;
        private StatusReference status;
        private Map<String, Object> claims = Map.of();
        private Set<ClaimPath> disclosable = Set.of();

        private Builder(String vct, Instant issuedAt) {
            this.vct = vct;
            this.issuedAt = issuedAt;
        }

        /**
         * @param notBefore {@code nbf}
         * @return this builder
         */
        public Builder notBefore(Instant notBefore) {
            this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
            return this;
        }

        /**
         * @param expiresAt {@code exp}
         * @return this builder
         */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
            return this;
        }

        /**
         * @param integrity {@code vct#integrity}, e.g. {@code sha256-…}
         * @return this builder
         */
        public Builder vctIntegrity(String integrity) {
            this.vctIntegrity = Objects.requireNonNull(integrity, "integrity");
            return this;
        }

        /**
         * @param holderKey the holder's public key (EC or Ed25519), put in {@code cnf.jwk}
         * @return this builder
         */
        public Builder holderKey(PublicKey holderKey) {
            this.holderKey = Objects.requireNonNull(holderKey, "holderKey");
            return this;
        }

        /**
         * @param status the Token Status List entry
         * @return this builder
         */
        public Builder status(StatusReference status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * @param claims the claims about the subject
         * @return this builder
         */
        public Builder claims(Map<String, Object> claims) {
            this.claims = Objects.requireNonNull(claims, "claims");
            return this;
        }

        /**
         * @param disclosable the claims to make selectively disclosable
         * @return this builder
         */
        public Builder disclosable(Set<ClaimPath> disclosable) {
            this.disclosable = Objects.requireNonNull(disclosable, "disclosable");
            return this;
        }

        /** @return the content, checked */
        public CredentialContent build() {
            return new CredentialContent(vct, issuedAt, Optional.ofNullable(notBefore), Optional.ofNullable(expiresAt),
                    Optional.ofNullable(vctIntegrity), Optional.ofNullable(holderKey), Optional.ofNullable(status),
                    claims, disclosable);
        }
    }
}
