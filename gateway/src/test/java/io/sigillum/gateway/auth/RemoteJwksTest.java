package io.sigillum.gateway.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.sigillum.crypto.sign.SignatureAlgorithm;
import io.sigillum.gateway.UpstreamClient;
import io.sigillum.gateway.auth.TokenRefused.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The keys of a JWKS URL over real HTTPS, on a clock the test moves: rotation is followed at the
 * first token of the new key, unknown key ids cannot make the gateway hammer the provider, a
 * provider that is down changes nothing, and what is too large or too weak is refused.
 */
class RemoteJwksTest {

    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final Set<SignatureAlgorithm> RSA = Set.of(SignatureAlgorithm.RS256, SignatureAlgorithm.PS256);
    private static RSAKey keyA;
    private static RSAKey keyB;

    private TestIdentityProvider idp;
    private MovableClock clock;
    private RemoteJwks jwks;
    private ValidateAccessToken tokens;

    @BeforeAll
    static void keys() {
        keyA = TestIdentityProvider.rsaKey("key-a", 2048);
        keyB = TestIdentityProvider.rsaKey("key-b", 2048);
    }

    @BeforeEach
    void start() {
        idp = new TestIdentityProvider();
        idp.publish(keyA);
        clock = new MovableClock(START);
        jwks = remote(JwksFetching.DEFAULTS);
        tokens = new ValidateAccessToken(jwks, new JwtSettings(Optional.of(idp.url()),
                Optional.of(TestIdentityProvider.ISSUER), Set.of(), RSA, Duration.ofSeconds(30)),
                TestIdentityProvider.ISSUER, clock);
    }

    @AfterEach
    void stop() {
        idp.close();
    }

    /** Fetches as the gateway does: its web client, trusting the IdP's CA through the trust-store settings. */
    private RemoteJwks remote(JwksFetching settings) {
        Config config = Config.just(ConfigSources.create(Map.of(
                "sigillum.tls.trust-store.path", idp.trustStore().toString(),
                "sigillum.tls.password", new String(TestIdentityProvider.TRUST_PASSWORD))));
        FetchJwks fetch = new FetchJwksOverHttps(UpstreamClient.forKeyFetching(config, settings.timeout()),
                URI.create(idp.url()), settings.maxBytes(), settings.timeout());
        return new RemoteJwks(idp.url(), fetch, RSA, settings, clock);
    }

    private String token(RSAKey key, JWSAlgorithm alg, String keyId) {
        return TestIdentityProvider.token(key, alg, keyId, clock.instant(), "verifier-rp");
    }

    private Reason refusal(String token) {
        return assertThrows(TokenRefused.class, () -> tokens.groups(token)).reason();
    }

    @Test
    void aRotatedKeyIsFetchedAtItsFirstToken() throws Exception {
        assertTrue(jwks.refresh(), "the start-up fetch");
        assertEquals(Set.of("verifier-rp"), tokens.groups(token(keyA, JWSAlgorithm.RS256, "key-a")));
        assertEquals(Set.of("verifier-rp"), tokens.groups(token(keyA, JWSAlgorithm.PS256, "key-a")));
        assertEquals(1, idp.fetches(), "known keys need no fetch");

        idp.publish(keyA, keyB);
        clock.advance(Duration.ofSeconds(31));
        assertEquals(Set.of("verifier-rp"), tokens.groups(token(keyB, JWSAlgorithm.RS256, "key-b")));
        assertEquals(2, idp.fetches(), "kid key-b was unknown: one fetch");
        assertEquals(Set.of("verifier-rp"), tokens.groups(token(keyA, JWSAlgorithm.RS256, "key-a")), "A still published");

        idp.publish(keyB);
        assertTrue(jwks.refresh(), "the scheduled refresh");
        assertEquals(Reason.SIGNATURE, refusal(token(keyA, JWSAlgorithm.RS256, "key-a")), "A withdrawn");
        assertEquals(Set.of("verifier-rp"), tokens.groups(token(keyB, JWSAlgorithm.PS256, "key-b")));
        assertTrue(jwks.prometheus().contains("sigillum_gateway_jwks_fetches_total{outcome=\"changed\"} 3"), jwks.prometheus());
        assertTrue(jwks.prometheus().contains("sigillum_gateway_jwks_keys 1\n"), jwks.prometheus());
    }

    @Test
    void aFloodOfUnknownKeyIdsFetchesAtMostOncePerInterval() throws Exception {
        jwks.refresh();
        clock.advance(Duration.ofSeconds(5));
        for (int i = 0; i < 200; i++) {
            assertEquals(Reason.SIGNATURE, refusal(token(keyA, JWSAlgorithm.RS256, "made-up-" + i)));
        }
        assertEquals(1, idp.fetches(), "within 30 s of the start-up fetch, no kid may cause another");

        clock.advance(Duration.ofSeconds(25));
        for (int i = 0; i < 200; i++) {
            refusal(token(keyA, JWSAlgorithm.RS256, "more-made-up-" + i));
        }
        assertEquals(2, idp.fetches(), "30 s after the last fetch: one more, for the whole flood");

        clock.advance(Duration.ofSeconds(29));
        refusal(token(keyA, JWSAlgorithm.RS256, "again"));
        assertEquals(2, idp.fetches());
        clock.advance(Duration.ofSeconds(1));
        refusal(token(keyA, JWSAlgorithm.RS256, "again"));
        assertEquals(3, idp.fetches());
        // Tokens without a kid, or with an algorithm off the list, never cause a fetch.
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Set.of("verifier-rp"), tokens.groups(token(keyA, JWSAlgorithm.RS256, null)));
        assertEquals(Reason.ALGORITHM, refusal(token(keyA, JWSAlgorithm.RS512, "unknown")));
        assertEquals(3, idp.fetches());
    }

    @Test
    void whileTheProviderIsDownTheLastGoodKeysKeepWorking() throws Exception {
        jwks.refresh();
        for (int status : new int[] {503, 404, 302}) {
            idp.answer(status);
            assertFalse(jwks.refresh(), "answered " + status);
            assertEquals(Set.of("verifier-rp"), tokens.groups(token(keyA, JWSAlgorithm.RS256, "key-a")));
        }
        idp.answer(200);
        idp.publishRaw("{\"keys\": [");
        assertFalse(jwks.refresh(), "a document that does not parse");
        idp.publishRaw("{\"keys\": []}");
        assertFalse(jwks.refresh(), "a set without a key");
        idp.publish(TestIdentityProvider.rsaKey("weak", 1024));
        assertFalse(jwks.refresh(), "a key under 2048 bits");
        assertEquals(Set.of("verifier-rp"), tokens.groups(token(keyA, JWSAlgorithm.PS256, "key-a")));
        String metrics = jwks.prometheus();
        assertTrue(metrics.contains("sigillum_gateway_jwks_fetches_total{outcome=\"failed\"} 6"), metrics);
        assertTrue(metrics.contains("sigillum_gateway_jwks_keys 1\n"), metrics);
        assertFalse(metrics.contains(keyA.getModulus().toString()), "no key material");
    }

    @Test
    void untilAFirstSetIsFetchedTokensCannotBeCheckedAndSay503() throws Exception {
        idp.answer(503);
        assertFalse(jwks.refresh(), "the start-up fetch fails: the gateway starts all the same");
        String token = token(keyA, JWSAlgorithm.RS256, "key-a");
        KeysUnavailable unavailable = assertThrows(KeysUnavailable.class, () -> tokens.groups(token));
        assertEquals(Duration.ofSeconds(30), unavailable.retryAfter());
        assertEquals(1, idp.fetches(), "a request within the interval does not fetch");
        // Malformed tokens and refused algorithms are 401 whatever the keys, and never cause a
        // fetch, even once one would be allowed.
        assertEquals(Reason.MALFORMED, refusal("not.a-token"));
        assertEquals(Reason.ALGORITHM, refusal(token(keyA, JWSAlgorithm.RS384, "key-a")));
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Reason.MALFORMED, refusal("not.a-token"));
        assertEquals(Reason.ALGORITHM, refusal(token(keyA, JWSAlgorithm.RS384, "key-a")));
        assertEquals(1, idp.fetches(), "no fetch for a token refused before its signature");

        idp.answer(200);
        assertEquals(Set.of("verifier-rp"), tokens.groups(token), "the next request fetched the keys");
        assertEquals(2, idp.fetches());
    }

    @Test
    void anOversizedJwksIsRefusedWithOrWithoutContentLength() {
        JwksFetching small = new JwksFetching(Duration.ofMinutes(10), Duration.ofSeconds(30), 4096, Duration.ofSeconds(5), false);
        jwks = remote(small);
        StringBuilder padded = new StringBuilder("{\"keys\":[").append(keyA.toPublicJWK().toJSONString());
        while (padded.length() <= 4096) {
            padded.append(',').append(TestIdentityProvider.rsaKey("k" + padded.length(), 2048).toPublicJWK().toJSONString());
        }
        idp.publishRaw(padded.append("]}").toString());
        assertFalse(jwks.refresh(), "Content-Length over the limit");
        idp.declareLength(false);
        assertFalse(jwks.refresh(), "a chunked body that grows over the limit");
        assertTrue(jwks.prometheus().contains("sigillum_gateway_jwks_keys 0\n"));
        idp.publish(keyA);
        assertTrue(jwks.refresh(), "a small one, chunked");
    }

    @Test
    void aServerTheTrustStoreDoesNotVouchForIsNotAsked() {
        // The JDK's default roots do not hold the test CA: the TLS handshake fails, nothing is loaded.
        FetchJwks untrusted = new FetchJwksOverHttps(UpstreamClient.forKeyFetching(Config.empty(), Duration.ofSeconds(5)),
                URI.create(idp.url()), 65536, Duration.ofSeconds(5));
        JwksFetchFailed failed = assertThrows(JwksFetchFailed.class, untrusted::fetch);
        assertTrue(failed.getMessage().startsWith("the JWKS could not be fetched"), failed.getMessage());
    }
}
