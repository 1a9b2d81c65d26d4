package io.sigillum.gateway;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.helidon.webserver.WebServer;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.pem.Pem;
import io.sigillum.gateway.auth.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway taking its bearer-token keys from an identity provider's JWKS over HTTPS: RS256 and
 * PS256 tokens of a 2048-bit key pass; {@code alg: none}, HMAC keyed with the RSA public key and an
 * RSA token where only ES256 is allowed are 401 problems; while the provider has not been reached,
 * protected routes are 503 problems and open routes work.
 */
class JwksAuthenticationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String OFFERS = "/admin/issuance/offers";

    private static TestIdentityProvider idp;
    private static RecordingUpstream upstream;
    private static RSAKey rsa;
    private static KeyPair ec;
    private static WebServer rsaGateway;
    private static WebServer es256Gateway;
    private static WebServer idpDownGateway;

    @BeforeAll
    static void start() {
        idp = new TestIdentityProvider();
        rsa = TestIdentityProvider.rsaKey("rsa-1", 2048);
        ec = EcKeyPairs.p256();
        // Without alg, as some providers publish: each allowed RSA algorithm may use the RSA key.
        idp.publish(new RSAKey.Builder(rsa).keyUse(null).build(), new ECKey.Builder(Curve.P_256, (ECPublicKey) ec.getPublic())
                .keyID("ec-1").build());
        upstream = new RecordingUpstream();
        rsaGateway = GatewayServer.start(RoutingTest.config(settings(idp.settings("RS256, PS256"))));
        es256Gateway = GatewayServer.start(RoutingTest.config(settings(idp.settings("ES256"))));
        Map<String, String> down = new HashMap<>(idp.settings("RS256"));
        try (TestIdentityProvider gone = new TestIdentityProvider()) {
            down.put("sigillum.gateway.jwt.publickey.location", gone.url()); // closed before the gateway asks
        }
        idpDownGateway = GatewayServer.start(RoutingTest.config(settings(down)));
    }

    @AfterAll
    static void stop() {
        for (WebServer server : List.of(rsaGateway, es256Gateway, idpDownGateway)) {
            server.stop();
        }
        upstream.close();
        idp.close();
    }

    private static Map<String, String> settings(Map<String, String> jwt) {
        Map<String, String> settings = new HashMap<>(jwt);
        for (String service : List.of("issuance", "status", "trust-registry", "key-management", "verification")) {
            settings.put("sigillum.gateway.upstream." + service + ".url", upstream.url());
        }
        return settings;
    }

    private static HttpResponse<String> get(WebServer gateway, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String rsaToken(JWSAlgorithm alg) {
        return TestIdentityProvider.token(rsa, alg, "rsa-1", Instant.now(), "issuer-admin");
    }

    private static void assertProblem(int status, String type, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(null));
        assertTrue(answer.body().contains("\"type\":\"urn:sigillum:problem:gateway:" + type + "\""), answer.body());
        for (String leak : List.of("Exception", "\tat ", "rsa-1", "https://", "RS256", "alg")) {
            assertFalse(answer.body().contains(leak), "the answer names " + leak + ": " + answer.body());
        }
    }

    private static void assertUnauthorized(WebServer gateway, String token) throws Exception {
        int before = upstream.seen().size();
        HttpResponse<String> answer = get(gateway, OFFERS, token);
        assertProblem(401, "unauthorized", answer);
        assertEquals("Bearer realm=\"sigillum\", error=\"invalid_token\"",
                answer.headers().firstValue("WWW-Authenticate").orElse(null));
        assertEquals(before, upstream.seen().size(), "nothing reached the service");
    }

    @Test
    void aStoppedGatewayStopsRefreshingItsJwks() throws Exception {
        Set<Thread> before = refreshThreads();
        WebServer gateway = GatewayServer.start(RoutingTest.config(settings(idp.settings("ES256"))));
        Set<Thread> started = refreshThreads();
        started.removeAll(before);
        assertEquals(1, started.size(), "one refresh thread for the new gateway");
        gateway.stop();
        Thread refresher = started.iterator().next();
        refresher.join(Duration.ofSeconds(5));
        assertFalse(refresher.isAlive(), "the refresh thread ends with the server");
    }

    private static Set<Thread> refreshThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("sigillum-jwks-refresh") && t.isAlive())
                .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }

    @Test
    void rs256AndPs256TokensOfA2048BitKeyPass() throws Exception {
        for (JWSAlgorithm alg : List.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256)) {
            String token = rsaToken(alg);
            assertEquals(200, get(rsaGateway, OFFERS, token).statusCode(), alg.getName());
            assertEquals("Bearer " + token, upstream.last().header("Authorization"), "the token goes on unchanged");
        }
        // Allowed algorithms the key is not used with, or another key's kid, do not pass.
        assertUnauthorized(rsaGateway, rsaToken(JWSAlgorithm.RS512));
        assertUnauthorized(rsaGateway, TestIdentityProvider.token(rsa, JWSAlgorithm.RS256, "ec-1", Instant.now(), "issuer-admin"));
        String metrics = get(rsaGateway, "/metrics", null).body();
        assertTrue(metrics.contains("sigillum_gateway_jwks_keys 1\n"), "only the RSA key is allowed: " + metrics);
    }

    @Test
    void algNoneAndHmacKeyedWithTheRsaPublicKeyAre401() throws Exception {
        String[] parts = rsaToken(JWSAlgorithm.RS256).split("\\.");
        for (String header : List.of("{\"alg\":\"none\"}", "{\"alg\":\"none\",\"kid\":\"rsa-1\"}", "{\"alg\":\"None\"}")) {
            String unsigned = base64url(header) + "." + parts[1] + ".";
            assertUnauthorized(rsaGateway, unsigned);
            assertUnauthorized(rsaGateway, unsigned + parts[2]);
        }
        JWTClaimsSet claims = JWTClaimsSet.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        // The secrets an attacker would try: the key's DER, its PEM text, its JWK.
        for (byte[] secret : List.of(rsa.toRSAPublicKey().getEncoded(),
                Pem.encodePublicKey(rsa.toRSAPublicKey()).getBytes(StandardCharsets.UTF_8),
                rsa.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8))) {
            for (JWSAlgorithm hmac : List.of(JWSAlgorithm.HS256, JWSAlgorithm.HS512)) {
                SignedJWT forged = new SignedJWT(new JWSHeader.Builder(hmac).keyID("rsa-1").build(), claims);
                forged.sign(new MACSigner(secret));
                assertUnauthorized(rsaGateway, forged.serialize());
            }
        }
    }

    @Test
    void anRsaTokenWhereOnlyEs256IsAllowedIs401() throws Exception {
        assertUnauthorized(es256Gateway, rsaToken(JWSAlgorithm.RS256));
        assertUnauthorized(es256Gateway, rsaToken(JWSAlgorithm.PS256));
        String metrics = get(es256Gateway, "/metrics", null).body();
        assertTrue(metrics.contains("sigillum_gateway_jwks_keys 1\n"), "only the EC key is allowed: " + metrics);
    }

    @Test
    void untilTheKeysAreFetchedProtectedRoutesAre503AndOpenRoutesWork() throws Exception {
        HttpResponse<String> answer = get(idpDownGateway, OFFERS, rsaToken(JWSAlgorithm.RS256));
        assertProblem(503, "keys-unavailable", answer);
        long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 30, "Retry-After " + retryAfter);
        assertFalse(answer.headers().firstValue("WWW-Authenticate").isPresent(), "the token is not what is wrong");
        // Without a token, or with a malformed one, the answer is 401 as ever.
        assertEquals(401, get(idpDownGateway, OFFERS, null).statusCode());
        assertEquals(401, get(idpDownGateway, OFFERS, "not-a-jwt").statusCode());
        assertEquals(200, get(idpDownGateway, "/nonce", null).statusCode(), "open routes need no keys");
        String metrics = get(idpDownGateway, "/metrics", null).body();
        assertTrue(metrics.contains("sigillum_gateway_jwks_keys 0\n"), metrics);
        assertFalse(metrics.contains("sigillum_gateway_jwks_fetches_total{outcome=\"failed\"} 0\n"), metrics);
    }

    private static String base64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
