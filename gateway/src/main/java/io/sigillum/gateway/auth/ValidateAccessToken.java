package io.sigillum.gateway.auth;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import io.sigillum.crypto.sign.CompactJws;
import io.sigillum.crypto.sign.JwsVerificationException;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.VerifiedJws;
import io.sigillum.gateway.auth.TokenRefused.Reason;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an access token as MP-JWT 2.1 §4 has the services check it: a compact JWS whose
 * algorithm is on the allow-list and is its key's own (so {@code none} and HMAC keyed with the
 * public key are refused before any signature check, here and by {@link CompactJws#verify}),
 * signed by one of the configured keys (a {@code kid} the keys lack may fetch them again, see
 * {@link KeySource#afterUnknownKeyId()}); then {@code iss} equal to the configured issuer, {@code aud} naming a
 * configured audience when there are any (RFC 7519 §4.1.3), {@code exp} present and not past,
 * {@code nbf} and {@code iat} not ahead, each with the clock skew (RFC 7519 §4.1.4, §4.1.5).
 * The roles are the {@code groups} claim (MP-JWT 2.1 §4.1). A token that passed is remembered
 * until it expires or the keys change (see {@link ValidatedTokens}): its next use skips the signature.
 */
final class ValidateAccessToken {

    private final KeySource keys;
    private final Set<SignatureAlgorithm> algorithms;
    private final String issuer;
    private final Set<String> audiences;
    private final Duration skew;
    private final Clock clock;
    private final ValidatedTokens validated = new ValidatedTokens();

    ValidateAccessToken(KeySource keys, JwtSettings settings, String issuer, Clock clock) {
        this.keys = keys;
        this.algorithms = settings.algorithms();
        this.issuer = issuer;
        this.audiences = settings.audiences();
        this.skew = settings.clockSkew();
        this.clock = clock;
    }

    /**
     * Who presented a token that passed every check.
     *
     * @param subject its {@code sub}, or null when it has none
     * @param groups  its roles
     */
    record Caller(String subject, Set<String> groups) {
    }

    /** The caller's roles, once every check has passed. */
    Set<String> groups(String compact) throws TokenRefused, KeysUnavailable {
        return caller(compact).groups();
    }

    /** Where the keys come from, for its metrics. */
    KeySource keySource() {
        return keys;
    }

    /**
     * The caller, once every check has passed.
     *
     * @throws KeysUnavailable when the token is well-formed with an allowed algorithm but there are
     *                         no keys yet to check its signature with
     */
    Caller caller(String compact) throws TokenRefused, KeysUnavailable {
        Instant now = clock.instant();
        Caller known = validated.find(compact, keys.held(), now);
        if (known != null) {
            return known;
        }
        Verified verified = verified(compact);
        JWTClaimsSet claims = claims(verified.jws());
        if (!issuer.equals(claims.getIssuer())) {
            throw new TokenRefused(Reason.ISSUER);
        }
        if (!audiences.isEmpty() && (claims.getAudience() == null
                || claims.getAudience().stream().noneMatch(audiences::contains))) {
            throw new TokenRefused(Reason.AUDIENCE);
        }
        Date expires = claims.getExpirationTime();
        if (expires == null || !now.isBefore(expires.toInstant().plus(skew))) {
            throw new TokenRefused(Reason.EXPIRED);
        }
        for (Date notBefore : new Date[] {claims.getNotBeforeTime(), claims.getIssueTime()}) {
            if (notBefore != null && now.plus(skew).isBefore(notBefore.toInstant())) {
                throw new TokenRefused(Reason.NOT_YET_VALID);
            }
        }
        Caller caller = new Caller(claims.getSubject(), groups(claims));
        validated.remember(compact, caller, expires.toInstant().plus(skew), verified.keys());
        return caller;
    }

    /** A signature checked, and the key set that held its key. */
    private record Verified(VerifiedJws jws, VerificationKeys keys) {
    }

    private Verified verified(String compact) throws TokenRefused, KeysUnavailable {
        String keyId = allowedHeader(compact).getKeyID();
        VerificationKeys set = keys.current();
        List<VerificationKeys.Key> candidates = set.candidates(keyId);
        if (candidates.isEmpty()) {
            // A kid the set lacks may be a key the issuer has just rotated in (RFC 7517 §4.5 lets it
            // pick the key; OIDC Core §10.1.1 rotates by publishing the new key first): ask again.
            set = keys.afterUnknownKeyId();
            candidates = set.candidates(keyId);
        }
        boolean signatureChecked = candidates.isEmpty(); // a kid naming no key: no signature of ours
        for (VerificationKeys.Key key : candidates) {
            try {
                return new Verified(CompactJws.verify(compact, key.verifier(), algorithms), set);
            } catch (JwsVerificationException e) {
                switch (e.reason()) {
                    case MALFORMED, UNSUPPORTED_HEADER -> throw new TokenRefused(Reason.MALFORMED);
                    // With keys of several curves, another key may be the token's: keep trying.
                    case ALGORITHM_NOT_ALLOWED -> { }
                    case BAD_SIGNATURE -> signatureChecked = true;
                }
            }
        }
        throw new TokenRefused(signatureChecked ? Reason.SIGNATURE : Reason.ALGORITHM);
    }

    /**
     * The header, not yet verified: its {@code kid} only picks the key to verify with. A token
     * whose {@code alg} is off the allow-list ({@code none}, HMAC …) is refused here, before it can
     * cause a fetch of the keys.
     */
    private JWSHeader allowedHeader(String compact) throws TokenRefused {
        Header header;
        try {
            Base64URL[] parts = JOSEObject.split(compact);
            if (parts.length != 3) {
                throw new TokenRefused(Reason.MALFORMED);
            }
            header = Header.parse(parts[0]);
        } catch (ParseException | RuntimeException e) {
            throw new TokenRefused(Reason.MALFORMED);
        }
        if (!(header instanceof JWSHeader jws) || SignatureAlgorithm.fromJwsName(jws.getAlgorithm().getName())
                .filter(algorithms::contains).isEmpty()) {
            throw new TokenRefused(Reason.ALGORITHM);
        }
        return jws;
    }

    private static JWTClaimsSet claims(VerifiedJws jws) throws TokenRefused {
        try {
            // Nimbus checks the registered claims' types here (iss a string, exp a number …).
            return JWTClaimsSet.parse(new String(jws.payload(), StandardCharsets.UTF_8));
        } catch (ParseException | RuntimeException e) {
            throw new TokenRefused(Reason.MALFORMED);
        }
    }

    /** MP-JWT's groups are an array of strings; a single string is taken as one group, as MP-JWT runtimes do. */
    private static Set<String> groups(JWTClaimsSet claims) {
        Object groups = claims.getClaim("groups");
        Set<String> names = new LinkedHashSet<>();
        if (groups instanceof String one) {
            names.add(one);
        } else if (groups instanceof List<?> many) {
            many.stream().filter(String.class::isInstance).map(String.class::cast).forEach(names::add);
        }
        return names;
    }
}
