package io.sigillum.statuslist.token;

import io.sigillum.crypto.cose.CoseException;
import io.sigillum.crypto.cose.CoseSign1;
import io.sigillum.crypto.cose.VerifiedCoseSign1;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.JwsVerificationException;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.VerifiedJws;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.StatusListException.Reason;
import io.sigillum.statuslist.list.DecodeLimits;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a Status List Token fetched from a referenced token's {@code uri}, as draft §8.3 step 3
 * and 4 say: the signature (with {@link CompactJws} or {@link CoseSign1}, so {@code none}, MACs,
 * algorithms outside the allow-list or not the key's, and critical headers are refused before any
 * signature check), the {@code typ}, the required claims and their types, {@code sub} against the
 * URI it was fetched from, {@code exp}, {@code iat} and {@code nbf} against a clock, and the list
 * itself under {@link DecodeLimits}. Finding the key ({@code kid}, {@code x5c}, {@code x5chain})
 * and validating its chain are the caller's.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatusListTokenVerifier {

    private final Clock clock;
    private final Duration clockSkew;
    private final Duration maxAge;
    private final Set<SignatureAlgorithm> allowed;
    private final DecodeLimits limits;

    private StatusListTokenVerifier(Builder builder) {
        this.clock = builder.clock;
        this.clockSkew = builder.clockSkew;
        this.maxAge = builder.maxAge;
        this.allowed = Set.copyOf(builder.allowed);
        this.limits = builder.limits;
    }

    /** @return a builder with the system clock, 60 s of skew, every asymmetric algorithm and the default limits */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param jwt         the compact JWT, as served with {@code application/statuslist+jwt}
     * @param fetchedFrom the URI it was fetched from: the referenced token's {@code uri}
     * @param key         the status issuer's key
     * @return the checked token
     * @throws StatusListException with the reason of the first rule broken
     */
    public StatusListToken verifyJwt(String jwt, URI fetchedFrom, Verifier key) throws StatusListException {
        Objects.requireNonNull(fetchedFrom, "fetchedFrom");
        Objects.requireNonNull(key, "key");
        VerifiedJws verified;
        try {
            verified = CompactJws.verify(jwt, key, allowed);
        } catch (JwsVerificationException e) {
            throw new StatusListException(reason(e.reason()), e.getMessage(), e);
        }
        if (!StatusListJwt.isStatusListType(verified.header().getType())) {
            throw new StatusListException(Reason.WRONG_TYPE, "typ is statuslist+jwt (§5.1), not " + verified.header().getType());
        }
        return check(StatusListJwt.readClaims(verified.payload(), limits), fetchedFrom);
    }

    /**
     * @param cwt         the encoded COSE_Sign1_Tagged, as served with {@code application/statuslist+cwt}
     * @param fetchedFrom the URI it was fetched from: the referenced token's {@code uri}
     * @param key         the status issuer's key
     * @return the checked token
     * @throws StatusListException with the reason of the first rule broken
     */
    public StatusListToken verifyCwt(byte[] cwt, URI fetchedFrom, Verifier key) throws StatusListException {
        Objects.requireNonNull(cwt, "cwt");
        Objects.requireNonNull(fetchedFrom, "fetchedFrom");
        Objects.requireNonNull(key, "key");
        VerifiedCoseSign1 verified;
        try {
            CoseSign1 message = CoseSign1.decode(cwt);
            StatusListCwt.checkEnvelope(message);
            verified = message.verify(key, allowed, new byte[0]);
        } catch (CoseException e) {
            throw new StatusListException(reason(e.reason()), e.getMessage(), e);
        }
        return check(StatusListCwt.readClaims(verified.payload(), limits), fetchedFrom);
    }

    private StatusListToken check(ReadClaims claims, URI fetchedFrom) throws StatusListException {
        StatusListToken token = claims.token();
        // §8.3 step 4a, RFC 3986 §6.2.1: the same characters, no normalisation.
        if (!token.subject().toString().equals(fetchedFrom.toString())) {
            throw new StatusListException(Reason.WRONG_SUBJECT, "sub is not the URI the token was fetched from (§8.3 step 4a)");
        }
        Instant now = clock.instant();
        Optional<Instant> exp = token.expiresAt();
        if (exp.isPresent() && !now.isBefore(exp.get().plus(clockSkew))) {
            throw new StatusListException(Reason.EXPIRED, "the token expired at " + exp.get() + " (§8.3 step 4c)");
        }
        if (token.issuedAt().isAfter(now.plus(clockSkew))) {
            throw new StatusListException(Reason.NOT_YET_VALID, "iat " + token.issuedAt() + " is in the future");
        }
        Optional<Instant> nbf = claims.notBefore();
        if (nbf.isPresent() && nbf.get().isAfter(now.plus(clockSkew))) {
            throw new StatusListException(Reason.NOT_YET_VALID, "nbf " + nbf.get() + " is in the future");
        }
        if (maxAge != null && token.issuedAt().plus(maxAge).plus(clockSkew).isBefore(now)) {
            throw new StatusListException(Reason.STALE,
                    "iat " + token.issuedAt() + " is older than " + maxAge + " (§8.3 step 4b)");
        }
        return token;
    }

    private static Reason reason(JwsVerificationException.Reason reason) {
        return switch (reason) {
            case MALFORMED -> Reason.MALFORMED_TOKEN;
            case ALGORITHM_NOT_ALLOWED -> Reason.ALGORITHM_NOT_ALLOWED;
            case UNSUPPORTED_HEADER -> Reason.UNSUPPORTED_HEADER;
            case BAD_SIGNATURE -> Reason.BAD_SIGNATURE;
        };
    }

    private static Reason reason(CoseException.Reason reason) {
        return switch (reason) {
            case MALFORMED -> Reason.MALFORMED_TOKEN;
            case ALGORITHM_NOT_ALLOWED -> Reason.ALGORITHM_NOT_ALLOWED;
            case UNSUPPORTED_HEADER -> Reason.UNSUPPORTED_HEADER;
            case BAD_SIGNATURE -> Reason.BAD_SIGNATURE;
        };
    }

    /** Configures a verifier. Not thread-safe. */
    public static final class Builder {

        private Clock clock = Clock.systemUTC();
        private Duration clockSkew = Duration.ofSeconds(60);
        private Duration maxAge;
        private Set<SignatureAlgorithm> allowed = EnumSet.allOf(SignatureAlgorithm.class);
        private DecodeLimits limits = DecodeLimits.defaults();

        private Builder() {
        }

        /** Sets the clock {@code exp}, {@code iat} and {@code nbf} are held against. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets how far apart the issuer's clock and ours may be; 60 s by default. */
        public Builder clockSkew(Duration clockSkew) {
            Objects.requireNonNull(clockSkew, "clockSkew");
            if (clockSkew.isNegative()) {
                throw new IllegalArgumentException("clockSkew is not negative");
            }
            this.clockSkew = clockSkew;
            return this;
        }

        /** Refuses tokens issued longer ago than this: a local freshness policy (§8.3 step 4b); none by default. */
        public Builder maxAge(Duration maxAge) {
            Objects.requireNonNull(maxAge, "maxAge");
            if (maxAge.isNegative() || maxAge.isZero()) {
                throw new IllegalArgumentException("maxAge is positive");
            }
            this.maxAge = maxAge;
            return this;
        }

        /** Narrows the accepted algorithms (e.g. to ES256 for HAIP); the key's own must be among them. */
        public Builder allowedAlgorithms(Set<SignatureAlgorithm> allowed) {
            Objects.requireNonNull(allowed, "allowed");
            if (allowed.isEmpty()) {
                throw new IllegalArgumentException("allow at least one algorithm");
            }
            this.allowed = EnumSet.copyOf(allowed);
            return this;
        }

        /** Sets the cap on the inflated list, and its expected size if known. */
        public Builder limits(DecodeLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** @return the verifier */
        public StatusListTokenVerifier build() {
            return new StatusListTokenVerifier(this);
        }
    }
}
