package io.sigillum.gateway.auth;

import io.sigillum.crypto.jwt.Es256JwtMinter;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.crypto.sign.Verifier;
import io.sigillum.gateway.auth.TokenRefused.Reason;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The claim checks on a fixed clock, to the second, with the default 30 s skew. */
class ValidateAccessTokenTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String ISSUER = "https://login.example";
    private static final KeyPair KEY = EcKeyPairs.p256();
    private static final Es256JwtMinter MINTER = new Es256JwtMinter((ECPrivateKey) KEY.getPrivate(), "k1");

    private static ValidateAccessToken validator(Set<String> audiences) {
        return new ValidateAccessToken(new FixedKeys(keysOf(KEY)), settings(audiences), ISSUER, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static JwtSettings settings(Set<String> audiences) {
        return new JwtSettings(Optional.of("unused"), Optional.of(ISSUER), audiences,
                Set.of(SignatureAlgorithm.ES256), Duration.ofSeconds(30));
    }

    private static VerificationKeys keysOf(KeyPair key) {
        return new VerificationKeys(List.of(new VerificationKeys.Key(null, key.getPublic(), Verifier.of(key.getPublic()))));
    }

    private static Map<String, Object> claims(Object... more) {
        Map<String, Object> claims = new HashMap<>(Map.of("iss", ISSUER, "sub", "op", "groups", List.of("a", "b"),
                "exp", NOW.getEpochSecond() + 60));
        for (int i = 0; i < more.length; i += 2) {
            if (more[i + 1] == null) {
                claims.remove((String) more[i]);
            } else {
                claims.put((String) more[i], more[i + 1]);
            }
        }
        return claims;
    }

    private static Reason refusal(ValidateAccessToken validator, Map<String, Object> claims) {
        return assertThrows(TokenRefused.class, () -> validator.groups(MINTER.mint(claims))).reason();
    }

    @Test
    void theRolesAreTheGroupsClaim() throws Exception {
        assertEquals(Set.of("a", "b"), validator(Set.of()).groups(MINTER.mint(claims())));
        assertEquals(Set.of("solo"), validator(Set.of()).groups(MINTER.mint(claims("groups", "solo"))));
        assertEquals(Set.of("x"), validator(Set.of()).groups(MINTER.mint(claims("groups", List.of("x", 7, true)))));
        assertEquals(Set.of(), validator(Set.of()).groups(MINTER.mint(claims("groups", Map.of("a", 1)))));
        assertEquals(Set.of(), validator(Set.of()).groups(MINTER.mint(claims("groups", null))));
    }

    @Test
    void expiryAndNotBeforeAllowTheSkewAndNotASecondMore() throws Exception {
        long now = NOW.getEpochSecond();
        ValidateAccessToken validator = validator(Set.of());
        validator.groups(MINTER.mint(claims("exp", now - 29)));
        assertEquals(Reason.EXPIRED, refusal(validator, claims("exp", now - 30)));
        assertEquals(Reason.EXPIRED, refusal(validator, claims("exp", null)));
        validator.groups(MINTER.mint(claims("nbf", now + 30, "iat", now + 30)));
        assertEquals(Reason.NOT_YET_VALID, refusal(validator, claims("nbf", now + 31)));
        assertEquals(Reason.NOT_YET_VALID, refusal(validator, claims("iat", now + 31)));
    }

    @Test
    void aRememberedTokenStillExpiresAtItsExpPlusTheSkew() throws Exception {
        MovableClock clock = new MovableClock(NOW);
        ValidateAccessToken validator = new ValidateAccessToken(new FixedKeys(keysOf(KEY)), settings(Set.of()), ISSUER, clock);
        String token = MINTER.mint(claims("exp", NOW.getEpochSecond() + 10));
        assertEquals(Set.of("a", "b"), validator.groups(token));
        clock.advance(Duration.ofSeconds(39));
        assertEquals(Set.of("a", "b"), validator.groups(token), "remembered, within exp + skew");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Reason.EXPIRED, assertThrows(TokenRefused.class, () -> validator.groups(token)).reason());
    }

    @Test
    void whenTheKeysChangeARememberedTokenIsCheckedAgainstTheNewOnes() throws Exception {
        KeyPair next = EcKeyPairs.p256();
        SwitchableKeys keys = new SwitchableKeys(keysOf(KEY));
        ValidateAccessToken validator = new ValidateAccessToken(keys, settings(Set.of()), ISSUER, Clock.fixed(NOW, ZoneOffset.UTC));
        String token = MINTER.mint(claims());
        assertEquals(Set.of("a", "b"), validator.groups(token));
        keys.now = keysOf(next); // the issuer rotated and withdrew the key the token was signed with
        assertEquals(Reason.SIGNATURE, assertThrows(TokenRefused.class, () -> validator.groups(token)).reason());
    }

    @Test
    void aTamperedCopyOfARememberedTokenIsNotTakenForIt() throws Exception {
        ValidateAccessToken validator = validator(Set.of());
        String token = MINTER.mint(claims());
        validator.groups(token);
        String[] parts = token.split("\\.");
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"iss\":\"https://login.example\",\"sub\":\"op\",\"groups\":[\"admin\"],\"exp\":9999999999}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + otherPayload + "." + parts[2];
        assertEquals(Reason.SIGNATURE, assertThrows(TokenRefused.class, () -> validator.groups(tampered)).reason());
    }

    /** Keys a test replaces, as a JWKS refresh does. */
    private static final class SwitchableKeys implements KeySource {
        volatile VerificationKeys now;

        SwitchableKeys(VerificationKeys now) {
            this.now = now;
        }

        @Override
        public VerificationKeys current() {
            return now;
        }

        @Override
        public VerificationKeys held() {
            return now;
        }
    }

    @Test
    void issuerAndAudienceCompareExactly() throws Exception {
        assertEquals(Reason.ISSUER, refusal(validator(Set.of()), claims("iss", ISSUER + "/")));
        assertEquals(Reason.ISSUER, refusal(validator(Set.of()), claims("iss", null)));
        ValidateAccessToken audience = validator(Set.of("api"));
        audience.groups(MINTER.mint(claims("aud", "api")));
        audience.groups(MINTER.mint(claims("aud", List.of("x", "api"))));
        assertEquals(Reason.AUDIENCE, refusal(audience, claims()));
        assertEquals(Reason.AUDIENCE, refusal(audience, claims("aud", "API")));
        // Without configured audiences any aud is accepted, as MP-JWT does without mp.jwt.verify.audiences.
        validator(Set.of()).groups(MINTER.mint(claims("aud", "anything")));
    }

    @Test
    void claimsOfTheWrongTypeAreMalformed() {
        assertEquals(Reason.MALFORMED, refusal(validator(Set.of()), claims("exp", "tomorrow")));
        assertEquals(Reason.MALFORMED, refusal(validator(Set.of()), claims("iss", List.of(ISSUER))));
        assertEquals(Reason.AUDIENCE, refusal(validator(Set.of("7")), claims("aud", 7)));
    }
}
