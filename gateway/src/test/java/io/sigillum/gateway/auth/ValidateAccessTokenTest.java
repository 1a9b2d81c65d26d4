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
        JwtSettings settings = new JwtSettings(Optional.of("unused"), Optional.of(ISSUER), audiences,
                Set.of(SignatureAlgorithm.ES256), Duration.ofSeconds(30));
        VerificationKeys keys = new VerificationKeys(List.of(
                new VerificationKeys.Key(null, KEY.getPublic(), Verifier.of(KEY.getPublic()))));
        return new ValidateAccessToken(new FixedKeys(keys), settings, ISSUER, Clock.fixed(NOW, ZoneOffset.UTC));
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
