package io.sigillum.gateway;

import io.sigillum.crypto.jwt.Es256JwtMinter;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.pem.Pem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An access-token issuer for tests, as the dev stack's: a P-256 key whose public half is in a PEM
 * file the gateway is pointed at, and ES256 tokens in the MP-JWT shape.
 */
final class TestTokens {

    static final String ISSUER = "https://login.test.example";
    static final String KEY_ID = "test-key-1";

    private static final TestTokens SHARED = new TestTokens();

    final KeyPair keys = EcKeyPairs.p256();
    final Path publicKeyPem;
    private final Es256JwtMinter minter = new Es256JwtMinter((ECPrivateKey) keys.getPrivate(), KEY_ID);

    TestTokens() {
        try {
            publicKeyPem = Files.createTempFile("gateway-jwt-", ".pem");
            publicKeyPem.toFile().deleteOnExit();
            Files.writeString(publicKeyPem, Pem.encodePublicKey(keys.getPublic()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestTokens shared() {
        return SHARED;
    }

    /** The gateway's settings for this issuer's tokens. */
    Map<String, String> settings() {
        return Map.of("sigillum.gateway.jwt.publickey.location", publicKeyPem.toString(),
                "sigillum.gateway.jwt.issuer", ISSUER);
    }

    /** MP-JWT claims valid for five minutes, with these groups. */
    static Map<String, Object> claims(String... groups) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", "operator-7");
        claims.put("upn", "operator-7");
        claims.put("groups", List.of(groups));
        claims.put("iat", now);
        claims.put("exp", now + 300);
        claims.put("jti", "jti-" + System.nanoTime());
        return claims;
    }

    String mint(Map<String, Object> claims) {
        return minter.mint(claims);
    }

    String withRoles(String... groups) {
        return mint(claims(groups));
    }

    static String base64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
