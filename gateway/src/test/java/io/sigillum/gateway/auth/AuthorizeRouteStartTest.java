package io.sigillum.gateway.auth;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.pem.Pem;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A token check that could not work stops the gateway at start-up, saying which key is wrong. */
class AuthorizeRouteStartTest {

    private static final KeyPair KEY = EcKeyPairs.p256();

    private static AuthorizeRoute start(boolean protectedRoutes, Map<String, String> settings) {
        return AuthorizeRoute.create(Config.just(ConfigSources.create(settings)), protectedRoutes);
    }

    private static void assertStops(String expected, boolean protectedRoutes, Map<String, String> settings) {
        IllegalStateException stop = assertThrows(IllegalStateException.class, () -> start(protectedRoutes, settings));
        assertTrue(stop.getMessage().contains(expected), stop.getMessage());
    }

    private static Map<String, String> with(Path key, String... more) {
        Map<String, String> settings = new HashMap<>(Map.of("sigillum.gateway.jwt.publickey.location", key.toString(),
                "sigillum.gateway.jwt.issuer", "https://login.example"));
        for (int i = 0; i < more.length; i += 2) {
            settings.put(more[i], more[i + 1]);
        }
        return settings;
    }

    @Test
    void protectedRoutesNeedAKeyAndAnIssuer(@TempDir Path dir) throws IOException {
        Path pem = Files.writeString(dir.resolve("key.pem"), Pem.encodePublicKey(KEY.getPublic()));
        assertStops("sigillum.gateway.jwt.publickey.location is not set", true, Map.of());
        Map<String, String> noIssuer = with(pem);
        noIssuer.remove("sigillum.gateway.jwt.issuer");
        assertStops("sigillum.gateway.jwt.issuer is not", true, noIssuer);
        assertDoesNotThrow(() -> start(false, Map.of()), "a table of open routes needs no key");
        assertDoesNotThrow(() -> start(true, with(pem)));
        assertDoesNotThrow(() -> start(true, with(pem, "sigillum.gateway.jwt.publickey.location", pem.toUri().toString())));
    }

    @Test
    void noneHmacAndUnknownAlgorithmsCannotBeAllowed(@TempDir Path dir) throws IOException {
        Path pem = Files.writeString(dir.resolve("key.pem"), Pem.encodePublicKey(KEY.getPublic()));
        for (String alg : List.of("none", "HS256", "RSA-OAEP", "es256", "rs256")) {
            assertStops("sigillum.gateway.jwt.algorithms: " + alg, true, with(pem, "sigillum.gateway.jwt.algorithms", alg));
        }
        assertStops("holds no signature key for the algorithms allowed", true,
                with(pem, "sigillum.gateway.jwt.algorithms", "ES384"));
        assertStops("clock-skew", true, with(pem, "sigillum.gateway.jwt.clock-skew", "PT1H"));
    }

    @Test
    void unusableKeyFilesStopTheStart(@TempDir Path dir) throws Exception {
        assertStops("cannot read", true, with(dir.resolve("missing.pem")));
        assertStops("not a PEM PUBLIC KEY", true, with(Files.writeString(dir.resolve("garbage.pem"), "not a key")));
        assertStops("not a PEM PUBLIC KEY", true,
                with(Files.writeString(dir.resolve("private.pem"), Pem.encodePrivateKey(KEY.getPrivate()))));
        assertStops("does not parse", true, with(Files.writeString(dir.resolve("bad.json"), "{\"keys\": [")));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String rsaOnly = new JWKSet(new com.nimbusds.jose.jwk.RSAKey.Builder((RSAPublicKey) rsa.generateKeyPair().getPublic())
                .keyID("r").build()).toString();
        assertStops("holds no signature key", true, with(Files.writeString(dir.resolve("rsa.json"), rsaOnly)));
        String encryptionOnly = new JWKSet(new ECKey.Builder(Curve.P_256, (ECPublicKey) KEY.getPublic())
                .keyUse(KeyUse.ENCRYPTION).build()).toString();
        assertStops("holds no signature key", true, with(Files.writeString(dir.resolve("enc.json"), encryptionOnly)));
        String withPrivate = JSONObjectUtils.toJSONString(new JWKSet(new ECKey.Builder(Curve.P_256, (ECPublicKey) KEY.getPublic())
                .privateKey((ECPrivateKey) KEY.getPrivate()).build()).toJSONObject(false));
        assertTrue(withPrivate.contains("\"d\""), "the test's JWKS does hold the private key");
        assertStops("private key", true, with(Files.writeString(dir.resolve("private.json"), withPrivate)));
        String mislabelled = new JWKSet(new ECKey.Builder(Curve.P_256, (ECPublicKey) KEY.getPublic())
                .algorithm(com.nimbusds.jose.JWSAlgorithm.ES384).build()).toString();
        assertStops("says alg ES384", true, with(Files.writeString(dir.resolve("alg.json"), mislabelled)));
    }

    @Test
    void rsaKeysLoadFromPemOrJwksAndUnder2048BitsStopTheStart(@TempDir Path dir) throws IOException {
        RSAKey strong = TestIdentityProvider.rsaKey("strong", 2048);
        RSAKey weak = TestIdentityProvider.rsaKey("weak", 1024);
        Path strongPem = Files.writeString(dir.resolve("strong.pem"), Pem.encodePublicKey(toPublic(strong)));
        assertDoesNotThrow(() -> start(true, with(strongPem, "sigillum.gateway.jwt.algorithms", "RS256,PS256")));
        assertStops("holds no signature key", true, with(strongPem));
        Path weakPem = Files.writeString(dir.resolve("weak.pem"), Pem.encodePublicKey(toPublic(weak)));
        assertStops("has 1024 bits; RFC 7518 §3.3 requires at least 2048", true,
                with(weakPem, "sigillum.gateway.jwt.algorithms", "RS256"));
        Path weakJwks = Files.writeString(dir.resolve("weak.json"),
                new JWKSet(List.of(strong.toPublicJWK(), weak.toPublicJWK())).toString());
        assertStops("RSA key weak has 1024 bits", true, with(weakJwks, "sigillum.gateway.jwt.algorithms", "PS256"));
        Path mislabelled = Files.writeString(dir.resolve("rsa-es.json"),
                new JWKSet(new RSAKey.Builder(strong.toPublicJWK()).algorithm(com.nimbusds.jose.JWSAlgorithm.ES256).build()).toString());
        assertStops("says alg ES256, which an RSA key does not sign", true,
                with(mislabelled, "sigillum.gateway.jwt.algorithms", "RS256,ES256"));
        // MP-JWT's formats: a JWK or JWKS may also be base64url-encoded.
        String encoded = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new JWKSet(strong.toPublicJWK()).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path base64 = Files.writeString(dir.resolve("jwks.b64"), encoded + "\n");
        assertDoesNotThrow(() -> start(true, with(base64, "sigillum.gateway.jwt.algorithms", "RS256")));
        assertStops("holds no signature key", true, with(base64));
        // An encryption key (by use or by alg) is skipped, whatever its size.
        Path withEncryption = Files.writeString(dir.resolve("enc.json"), new JWKSet(List.of(strong.toPublicJWK(),
                new RSAKey.Builder(weak.toPublicJWK()).keyUse(null).algorithm(com.nimbusds.jose.JWEAlgorithm.RSA_OAEP_256).build()))
                .toString());
        assertDoesNotThrow(() -> start(true, with(withEncryption, "sigillum.gateway.jwt.algorithms", "RS256")));
    }

    @Test
    void aJwksUrlMustBeHttps(@TempDir Path dir) throws IOException {
        Path pem = Files.writeString(dir.resolve("key.pem"), Pem.encodePublicKey(KEY.getPublic()));
        assertStops("http: is refused, the keys must come over https", true,
                with(pem, "sigillum.gateway.jwt.publickey.location", "http://127.0.0.1:9/jwks"));
        assertStops("the scheme ftp: is not supported", true,
                with(pem, "sigillum.gateway.jwt.publickey.location", "ftp://idp.example/jwks"));
        assertStops("takes no user info", true,
                with(pem, "sigillum.gateway.jwt.publickey.location", "https://user:pw@idp.example/jwks"));
        // An identity provider that cannot be reached now does not stop the start (503 until it can).
        assertDoesNotThrow(() -> start(true, with(pem, "sigillum.gateway.jwt.publickey.location", "https://127.0.0.1:9/jwks",
                "sigillum.gateway.jwt.jwks-timeout", "PT1S")));
        assertDoesNotThrow(() -> start(true, with(pem, "sigillum.gateway.jwt.publickey.location", "http://127.0.0.1:9/jwks",
                "sigillum.gateway.jwt.jwks-allow-http", "true", "sigillum.gateway.jwt.jwks-timeout", "PT1S")));
        assertStops("jwks-refetch-interval must not exceed jwks-refresh", true, with(pem,
                "sigillum.gateway.jwt.jwks-refresh", "PT10S", "sigillum.gateway.jwt.jwks-refetch-interval", "PT30S"));
        assertStops("jwks-max-size must be at least 1024", true, with(pem, "sigillum.gateway.jwt.jwks-max-size", "10"));
    }

    private static java.security.PublicKey toPublic(RSAKey key) {
        try {
            return key.toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
