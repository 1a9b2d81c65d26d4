package io.sigillum.sdjwt.vc;

import com.nimbusds.jose.JOSEObjectType;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.sdjwt.SdJwt;
import io.sigillum.sdjwt.SdJwtException;
import io.sigillum.sdjwt.SdJwtException.Reason;
import io.sigillum.sdjwt.internal.JwtPayloads;
import io.sigillum.sdjwt.verification.KeyBindingPolicy;
import io.sigillum.sdjwt.verification.SdJwtVerifier;
import io.sigillum.sdjwt.verification.VerifiedSdJwt;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies SD-JWT VCs (draft-ietf-oauth-sd-jwt-vc) on top of {@link SdJwtVerifier}: after the
 * issuer signature, the Disclosures and, when required, the Key Binding JWT (with the key in
 * {@code cnf.jwk}) are checked as RFC 9901 §7 says, the header {@code typ} must be
 * {@code dc+sd-jwt} (or, by default, the legacy {@code vc+sd-jwt} the draft recommends accepting
 * for a transition), {@code vct} a string, {@code iss} present, {@code exp} and {@code nbf} hold on
 * the clock within the skew, and none of the claims the draft keeps out of Disclosures came from
 * one. Finding and trusting the issuer's key (JWT VC Issuer Metadata, {@code x5c}) is the caller's
 * part, as is acting on the status. Thread-safe.
 */
public final class SdJwtVcVerifier {

    private final SdJwtVerifier sdJwt;
    private final Clock clock;
    private final Duration skew;
    private final boolean legacyTypeAccepted;
    private final boolean issuerRequired;

    private SdJwtVcVerifier(Builder builder) {
        this.sdJwt = SdJwtVerifier.of(builder.issuerKey, builder.allowed);
        this.clock = builder.clock;
        this.skew = builder.skew;
        this.legacyTypeAccepted = builder.legacyTypeAccepted;
        this.issuerRequired = builder.issuerRequired;
    }

    /**
     * @param issuerKey the issuer's key, already found and trusted by the caller
     * @param allowed   the algorithms accepted for the Issuer-signed JWT
     * @param clock     the clock {@code exp} and {@code nbf} are checked on
     * @return a builder: 60 s of skew, legacy {@code vc+sd-jwt} accepted, {@code iss} required
     */
    public static Builder builder(Verifier issuerKey, Set<SignatureAlgorithm> allowed, Clock clock) {
        return new Builder(issuerKey, allowed, clock);
    }

    /**
     * Verifies without requiring Key Binding; a Key Binding JWT that comes along is not checked.
     *
     * @param serialized the SD-JWT VC, as issued or presented
     * @return the verified credential
     * @throws SdJwtException why it was refused
     */
    public VerifiedSdJwtVc verify(String serialized) throws SdJwtException {
        return profile(serialized, sdJwt.verify(serialized));
    }

    /**
     * Verifies and requires Key Binding with the holder key in {@code cnf.jwk}.
     *
     * @param serialized the SD-JWT VC presentation with its Key Binding JWT
     * @param policy     what the Key Binding JWT must say
     * @return the verified credential with the Key Binding JWT's claims
     * @throws SdJwtException why it was refused; {@link Reason#KEY_BINDING_KEY_MISSING} when the
     *                        credential has no {@code cnf.jwk}, {@link Reason#KEY_BINDING_MISSING}
     *                        when the presentation has no Key Binding JWT
     */
    public VerifiedSdJwtVc verify(String serialized, KeyBindingPolicy policy) throws SdJwtException {
        return profile(serialized, sdJwt.verify(serialized, policy));
    }

    private VerifiedSdJwtVc profile(String serialized, VerifiedSdJwt verified) throws SdJwtException {
        checkType(verified.issuerHeader().getType());
        // The signature is verified by now, so reading the signed payload again is reading verified data.
        Map<String, Object> signed = JwtPayloads.unverified(SdJwt.parse(serialized).issuerSignedJwt());
        checkNothingForbiddenDisclosed(signed, verified.claims());

        RegisteredClaims claims = new RegisteredClaims(verified.claims());
        String vct = claims.string(SdJwtVcSpec.VCT, Reason.VC_TYPE_MISSING).orElseThrow(
                () -> new SdJwtException(Reason.VC_TYPE_MISSING, "vct is REQUIRED (" + SdJwtVcSpec.DRAFT + ")"));
        claims.string(SdJwtVcSpec.VCT_INTEGRITY, Reason.VC_MALFORMED_CLAIM);
        Optional<String> issuer = claims.string(SdJwtVcSpec.ISS, Reason.VC_ISSUER_MISSING);
        if (issuerRequired && issuer.isEmpty()) {
            throw new SdJwtException(Reason.VC_ISSUER_MISSING, "iss is required by this verifier's policy");
        }
        Optional<Instant> issuedAt = claims.numericDate(SdJwtVcSpec.IAT, RoundingMode.FLOOR);
        Optional<Instant> notBefore = claims.numericDate(SdJwtVcSpec.NBF, RoundingMode.CEILING);
        Optional<Instant> expiresAt = claims.numericDate(SdJwtVcSpec.EXP, RoundingMode.FLOOR);
        checkValidity(notBefore, expiresAt);
        return new VerifiedSdJwtVc(verified, vct, issuer, issuedAt, notBefore, expiresAt,
                claims.confirmation(), claims.status());
    }

    private void checkType(JOSEObjectType type) throws SdJwtException {
        String typ = type == null ? null : type.getType();
        boolean accepted = SdJwtVcSpec.TYPE.equals(typ) || legacyTypeAccepted && SdJwtVcSpec.LEGACY_TYPE.equals(typ);
        if (!accepted) {
            throw new SdJwtException(Reason.VC_WRONG_TYPE, "typ of an SD-JWT VC is " + SdJwtVcSpec.TYPE
                    + (legacyTypeAccepted ? " or " + SdJwtVcSpec.LEGACY_TYPE : "") + " (" + SdJwtVcSpec.DRAFT + ")");
        }
    }

    /**
     * A claim the draft keeps out of Disclosures must be in the signed payload exactly as processed:
     * absent there means a Disclosure supplied it, different means parts of it were disclosable.
     */
    private static void checkNothingForbiddenDisclosed(Map<String, Object> signed, Map<String, Object> processed)
            throws SdJwtException {
        for (String name : SdJwtVcSpec.NEVER_DISCLOSABLE) {
            if (processed.containsKey(name) && !Objects.equals(signed.get(name), processed.get(name))) {
                throw new SdJwtException(Reason.VC_FORBIDDEN_DISCLOSURE,
                        name + " MUST NOT be selectively disclosed (" + SdJwtVcSpec.DRAFT + ", registered JWT claims)");
            }
        }
    }

    private void checkValidity(Optional<Instant> notBefore, Optional<Instant> expiresAt) throws SdJwtException {
        Instant now = clock.instant();
        // RFC 7519 §4.1.4: the current time MUST be before exp; §4.1.5: not before nbf.
        if (expiresAt.isPresent() && !now.minus(skew).isBefore(expiresAt.get())) {
            throw new SdJwtException(Reason.VC_EXPIRED, "the credential expired (exp, RFC 7519 §4.1.4)");
        }
        if (notBefore.isPresent() && now.plus(skew).isBefore(notBefore.get())) {
            throw new SdJwtException(Reason.VC_NOT_YET_VALID, "the credential is not valid yet (nbf, RFC 7519 §4.1.5)");
        }
    }

    /** Configures an {@link SdJwtVcVerifier}. */
    public static final class Builder {
        private final Verifier issuerKey;
        private final Set<SignatureAlgorithm> allowed;
        private final Clock clock;
        private Duration skew = Duration.ofSeconds(60);
        private boolean legacyTypeAccepted = true;
        private boolean issuerRequired = true;

        private Builder(Verifier issuerKey, Set<SignatureAlgorithm> allowed, Clock clock) {
            this.issuerKey = Objects.requireNonNull(issuerKey, "issuerKey");
            this.allowed = Set.copyOf(allowed);
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /**
         * @param skew how far the issuer's clock may differ from ours, not negative
         * @return this builder
         */
        public Builder skew(Duration skew) {
            if (skew.isNegative()) {
                throw new IllegalArgumentException("skew is not negative");
            }
            this.skew = skew;
            return this;
        }

        /**
         * @param accepted whether {@code typ: vc+sd-jwt}, used by the draft until November 2024, is
         *                 still accepted; the draft recommends it for a transitional period
         * @return this builder
         */
        public Builder legacyTypeAccepted(boolean accepted) {
            this.legacyTypeAccepted = accepted;
            return this;
        }

        /**
         * @param required whether {@code iss} must be present; the draft makes it optional when the
         *                 issuer is conveyed otherwise (the subject of the {@code x5c} end-entity
         *                 certificate), which the caller then checks
         * @return this builder
         */
        public Builder issuerRequired(boolean required) {
            this.issuerRequired = required;
            return this;
        }

        /** @return the verifier */
        public SdJwtVcVerifier build() {
            return new SdJwtVcVerifier(this);
        }
    }
}
