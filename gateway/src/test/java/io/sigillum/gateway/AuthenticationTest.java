package io.sigillum.gateway;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.helidon.webserver.WebServer;
import io.sigillum.crypto.jwt.Es256JwtMinter;
import io.sigillum.crypto.keys.EcKeyPairs;
import io.sigillum.crypto.pem.Pem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.interfaces.ECPrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's shipped route table in front of a real upstream, with bearer tokens: open routes
 * need none; admin routes refuse what is not a valid token of the configured issuer (401) or does
 * not carry the route's role (403), before anything reaches the service, and forward the rest
 * with the token unchanged and the admin prefix stripped.
 */
class AuthenticationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final TestTokens TOKENS = TestTokens.shared();
    private static final String OFFERS = "/admin/issuance/offers";

    private static RecordingUpstream upstream;
    private static WebServer gateway;
    private static final List<LogRecord> LOGGED = new ArrayList<>();
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (LOGGED) {
                LOGGED.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void start() {
        Logger.getLogger("io.sigillum.gateway.auth").setLevel(Level.FINE);
        CAPTURE.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(CAPTURE);
        upstream = new RecordingUpstream();
        gateway = GatewayServer.start(RoutingTest.config(allUpstreamsAt(upstream)));
    }

    @AfterAll
    static void stop() {
        gateway.stop();
        upstream.close();
        Logger.getLogger("").removeHandler(CAPTURE);
    }

    private static Map<String, String> allUpstreamsAt(RecordingUpstream upstream) {
        Map<String, String> settings = new HashMap<>();
        for (String service : List.of("issuance", "status", "trust-registry", "key-management")) {
            settings.put("sigillum.gateway.upstream." + service + ".url", upstream.url());
        }
        return settings;
    }

    private static HttpRequest.Builder to(WebServer server, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> withToken(String pathAndQuery, String token) throws Exception {
        return send(to(gateway, pathAndQuery).header("Authorization", "Bearer " + token));
    }

    /** A refusal: the problem, the challenge, nothing forwarded, and nothing of the token or the inside in the answer. */
    private static void assertRefused(int status, String challenge, HttpResponse<String> answer, int upstreamBefore,
                                      String token) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(null));
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(challenge, answer.headers().firstValue("WWW-Authenticate").orElse(null));
        String type = status == 401 ? "unauthorized" : "forbidden";
        assertTrue(answer.body().contains("\"type\":\"urn:sigillum:problem:gateway:" + type + "\""), answer.body());
        assertEquals(upstreamBefore, upstream.seen().size(), "nothing reached the service");
        String body = answer.body();
        for (String secret : List.of("issuer-admin", "status-admin", TestTokens.ISSUER, "operator-7", "127.0.0.1",
                ":" + upstream.port(), "Exception", "signature", "expired", "alg")) {
            assertFalse(body.contains(secret), "the answer names " + secret + ": " + body);
        }
        if (token != null && !token.isEmpty()) {
            for (String part : token.split("\\.")) {
                assertFalse(!part.isEmpty() && body.contains(part), "the answer echoes the token: " + body);
            }
        }
    }

    private static final String NO_TOKEN = "Bearer realm=\"sigillum\"";
    private static final String INVALID = "Bearer realm=\"sigillum\", error=\"invalid_token\"";
    private static final String NO_ROLE = "Bearer realm=\"sigillum\", error=\"insufficient_scope\"";

    @Test
    void openRoutesNeedNoToken() throws Exception {
        HttpResponse<String> answer = send(to(gateway, "/nonce").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("/nonce", upstream.last().rawPath());
        // A wallet's own (DPoP) access token goes on unread: the issuance service checks it.
        send(to(gateway, "/credential").header("Authorization", "DPoP not-a-jwt").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals("DPoP not-a-jwt", upstream.last().header("Authorization"));
    }

    @Test
    void withoutATokenAnAdminRouteIs401WithABareChallenge() throws Exception {
        int before = upstream.seen().size();
        assertRefused(401, NO_TOKEN, send(to(gateway, OFFERS)), before, null);
        assertRefused(401, NO_TOKEN, send(to(gateway, OFFERS).header("Authorization", "Basic b3BlcmF0b3I6cHc=")), before, null);
        assertRefused(401, NO_TOKEN, send(to(gateway, "/admin/status/allocations")
                .POST(HttpRequest.BodyPublishers.ofString("{\"count\":1}"))), before, null);
        // The connection serves the next request although the refused body was never read.
        assertEquals(200, send(to(gateway, "/nonce")).statusCode());
    }

    @Test
    void malformedTokensAre401() throws Exception {
        int before = upstream.seen().size();
        String valid = TOKENS.withRoles("issuer-admin");
        for (String authorization : List.of("Bearer", "Bearer ", "Bearer not-a-jwt", "Bearer a.b.c", "Bearer ..",
                "Bearer " + valid + " extra", "Bearer " + valid.substring(0, valid.lastIndexOf('.')),
                "Bearer " + valid + ".x", "Bearer " + valid.replace('.', ','),
                "Bearer " + TestTokens.base64url("{\"alg\":\"ES256\"") + "." + valid.split("\\.")[1] + "." + valid.split("\\.")[2])) {
            assertRefused(401, INVALID, send(to(gateway, OFFERS).header("Authorization", authorization)), before, null);
        }
        // Two Authorization fields: which one would the service read?
        assertRefused(401, INVALID, send(to(gateway, OFFERS).header("Authorization", "Bearer " + valid)
                .header("Authorization", "Bearer " + valid)), before, valid);
        // The payload is not a claims set.
        String[] parts = valid.split("\\.");
        String notClaims = TOKENS.mint(Map.of("iss", List.of(TestTokens.ISSUER), "exp", "tomorrow"));
        assertRefused(401, INVALID, withToken(OFFERS, notClaims), before, notClaims);
        assertEquals(3, parts.length);
    }

    @Test
    void algNoneIs401() throws Exception {
        int before = upstream.seen().size();
        String claims = TestTokens.base64url(JWTClaimsSet.parse(TestTokens.claims("issuer-admin")).toString());
        for (String header : List.of("{\"alg\":\"none\"}", "{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + TestTokens.KEY_ID + "\"}",
                "{\"alg\":\"NONE\"}", "{\"alg\":\"ES256 \"}", "{\"alg\":\"es256\"}", "{\"alg\":\"ES384\"}", "{\"alg\":\"EdDSA\"}")) {
            String unsigned = TestTokens.base64url(header) + "." + claims + ".";
            assertRefused(401, INVALID, withToken(OFFERS, unsigned), before, unsigned);
            String withSignature = unsigned + TOKENS.withRoles("issuer-admin").split("\\.")[2];
            assertRefused(401, INVALID, withToken(OFFERS, withSignature), before, withSignature);
        }
    }

    @Test
    void hs256KeyedWithThePublicKeyIs401() throws Exception {
        int before = upstream.seen().size();
        JWTClaimsSet claims = JWTClaimsSet.parse(TestTokens.claims("issuer-admin"));
        // Key confusion: a verifier that let the token pick HMAC would take the public key as the secret.
        for (byte[] secret : List.of(TOKENS.keys.getPublic().getEncoded(),
                Pem.encodePublicKey(TOKENS.keys.getPublic()).getBytes(StandardCharsets.US_ASCII))) {
            SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TestTokens.KEY_ID).build(), claims);
            forged.sign(new MACSigner(secret));
            assertRefused(401, INVALID, withToken(OFFERS, forged.serialize()), before, forged.serialize());
        }
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() throws Exception {
        int before = upstream.seen().size();
        String foreign = new Es256JwtMinter((ECPrivateKey) EcKeyPairs.p256().getPrivate(), TestTokens.KEY_ID)
                .mint(TestTokens.claims("issuer-admin"));
        assertRefused(401, INVALID, withToken(OFFERS, foreign), before, foreign);
        // A signature moved over from a valid token onto other claims.
        String valid = TOKENS.withRoles("issuer-admin");
        String[] parts = valid.split("\\.");
        Map<String, Object> elevated = TestTokens.claims("issuer-admin", "kms-admin");
        String spliced = parts[0] + "." + TestTokens.base64url(JWTClaimsSet.parse(elevated).toString()) + "." + parts[2];
        assertRefused(401, INVALID, withToken("/admin/keys/keys", spliced), before, spliced);
    }

    @Test
    void expiredOrNotYetValidTokensAre401AndASmallSkewIsForgiven() throws Exception {
        int before = upstream.seen().size();
        long now = Instant.now().getEpochSecond();
        for (Map<String, Object> changes : List.<Map<String, Object>>of(
                Map.of("exp", now - 120), Map.of("exp", now - 31), Map.of("nbf", now + 120), Map.of("iat", now + 600))) {
            Map<String, Object> claims = TestTokens.claims("issuer-admin");
            claims.putAll(changes);
            String token = TOKENS.mint(claims);
            assertRefused(401, INVALID, withToken(OFFERS, token), before, token);
        }
        Map<String, Object> withoutExpiry = TestTokens.claims("issuer-admin");
        withoutExpiry.remove("exp");
        String token = TOKENS.mint(withoutExpiry);
        assertRefused(401, INVALID, withToken(OFFERS, token), before, token);

        // Within the 30 s skew either way: accepted.
        Map<String, Object> justExpired = TestTokens.claims("issuer-admin");
        justExpired.put("exp", now - 5);
        justExpired.put("nbf", now + 5);
        assertEquals(200, withToken(OFFERS, TOKENS.mint(justExpired)).statusCode());
    }

    @Test
    void aTokenOfAnotherIssuerIs401() throws Exception {
        int before = upstream.seen().size();
        for (Object issuer : List.of("https://evil.example", TestTokens.ISSUER + "/", TestTokens.ISSUER.toUpperCase(), "")) {
            Map<String, Object> claims = TestTokens.claims("issuer-admin");
            claims.put("iss", issuer);
            String token = TOKENS.mint(claims);
            assertRefused(401, INVALID, withToken(OFFERS, token), before, token);
        }
        Map<String, Object> claims = TestTokens.claims("issuer-admin");
        claims.remove("iss");
        String token = TOKENS.mint(claims);
        assertRefused(401, INVALID, withToken(OFFERS, token), before, token);
    }

    @Test
    void aValidTokenWithoutTheRouteRoleIs403() throws Exception {
        int before = upstream.seen().size();
        for (String[] groups : new String[][] {{}, {"status-admin"}, {"ISSUER-ADMIN"}, {"issuer-admin "}, {"kms-admin", "trust-admin"}}) {
            String token = TOKENS.withRoles(groups);
            assertRefused(403, NO_ROLE, withToken(OFFERS, token), before, token);
        }
        Map<String, Object> noGroups = TestTokens.claims();
        noGroups.remove("groups");
        String token = TOKENS.mint(noGroups);
        assertRefused(403, NO_ROLE, withToken(OFFERS, token), before, token);
        // The status admin routes split by role: issuing a status entry is not administering the lists.
        String issuer = TOKENS.withRoles("status-issuer");
        assertRefused(403, NO_ROLE, withToken("/admin/status/status-lists/3/entries/7", issuer), before, issuer);
        String admin = TOKENS.withRoles("status-admin");
        assertRefused(403, NO_ROLE, send(to(gateway, "/admin/status/allocations").header("Authorization", "Bearer " + admin)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), before, admin);
    }

    @Test
    void aValidTokenWithTheRoleIsForwardedUnchangedWithThePrefixStripped() throws Exception {
        String token = TOKENS.withRoles("operator", "issuer-admin");
        String body = "{\"credential_configuration_ids\":[\"eu.europa.ec.eudi.pid_vc_sd_jwt\"]}";
        HttpResponse<String> answer = send(to(gateway, OFFERS + "?limit=5&after=o%2F1")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, answer.statusCode(), answer.body());
        RecordingUpstream.Seen seen = upstream.last();
        assertEquals("POST", seen.method());
        assertEquals("/offers", seen.rawPath());
        assertEquals("limit=5&after=o%2F1", seen.rawQuery());
        assertEquals("Bearer " + token, seen.header("Authorization"), "the service checks the same token again");
        assertEquals(body, new String(seen.body(), StandardCharsets.UTF_8));
        assertEquals(body, answer.body());

        // The scheme name is case-insensitive (RFC 9110 §11.1).
        assertEquals(200, send(to(gateway, "/admin/issuance/people/p%C3%A9-1").header("Authorization", "bearer " + token)).statusCode());
        assertEquals("/people/p%C3%A9-1", upstream.last().rawPath());

        Map<String, String[]> routes = Map.of(
                "/admin/issuance/credentials/c-9/status", new String[] {"/credentials/c-9/status", "issuer-admin"},
                "/admin/status/allocations", new String[] {"/allocations", "status-issuer"},
                "/admin/status/status-lists/3/entries/7", new String[] {"/status-lists/3/entries/7", "status-admin"},
                "/admin/status/status-lists", new String[] {"/status-lists", "status-admin"},
                "/admin/trust/issuers", new String[] {"/issuers", "trust-admin"},
                "/admin/trust/issuers?credential_type=pid", new String[] {"/issuers", "verifier-rp"},
                "/admin/keys/keys/k-1/retirement", new String[] {"/keys/k-1/retirement", "kms-admin"},
                "/admin/keys/rotations", new String[] {"/rotations", "kms-admin"});
        for (Map.Entry<String, String[]> route : routes.entrySet()) {
            String roleToken = TOKENS.withRoles(route.getValue()[1]);
            HttpResponse<String> forwarded = withToken(route.getKey(), roleToken);
            assertEquals(2, forwarded.statusCode() / 100, route.getKey() + ": " + forwarded.body());
            assertEquals(route.getValue()[0], upstream.last().rawPath(), route.getKey());
            assertEquals("Bearer " + roleToken, upstream.last().header("Authorization"));
        }
    }

    @Test
    void configuredAudiencesMustBeNamedInTheToken() throws Exception {
        Map<String, String> settings = allUpstreamsAt(upstream);
        settings.put("sigillum.gateway.jwt.audiences", "sigillum-admin, ops-console");
        WebServer withAudience = GatewayServer.start(RoutingTest.config(settings));
        try {
            Map<Object, Integer> expected = new java.util.LinkedHashMap<>();
            expected.put("none", 401);
            expected.put("https://other.example", 401);
            expected.put(List.of("other", "sigillum-admin-2"), 401);
            expected.put("sigillum-admin", 200);
            expected.put(List.of("other", "ops-console"), 200);
            for (Map.Entry<Object, Integer> audience : expected.entrySet()) {
                Map<String, Object> claims = TestTokens.claims("issuer-admin");
                if (!"none".equals(audience.getKey())) {
                    claims.put("aud", audience.getKey());
                }
                int before = upstream.seen().size();
                String token = TOKENS.mint(claims);
                HttpResponse<String> answer = send(to(withAudience, OFFERS).header("Authorization", "Bearer " + token));
                if (audience.getValue() == 401) {
                    assertRefused(401, INVALID, answer, before, token);
                } else {
                    assertEquals(200, answer.statusCode(), audience.getKey() + ": " + answer.body());
                }
            }
        } finally {
            withAudience.stop();
        }
    }

    @Test
    void aJwksKeySelectedByKidVerifiesAndAnotherKeysAlgorithmIsRefused(@TempDir Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPair p384 = generator.generateKeyPair();
        JWKSet jwks = new JWKSet(List.of(
                new ECKey.Builder(Curve.P_384, (ECPublicKey) p384.getPublic()).keyID("k-384").keyUse(KeyUse.SIGNATURE).build(),
                new ECKey.Builder(Curve.P_256, (ECPublicKey) TOKENS.keys.getPublic()).keyID(TestTokens.KEY_ID).build()));
        Path file = Files.writeString(dir.resolve("jwks.json"), jwks.toString());
        Map<String, String> settings = allUpstreamsAt(upstream);
        settings.put("sigillum.gateway.jwt.publickey.location", file.toUri().toString());
        settings.put("sigillum.gateway.jwt.algorithms", "ES256,ES384");
        WebServer withJwks = GatewayServer.start(RoutingTest.config(settings));
        try {
            assertEquals(200, send(to(withJwks, OFFERS).header("Authorization", "Bearer " + TOKENS.withRoles("issuer-admin"))).statusCode());

            SignedJWT es384 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID("k-384").build(),
                    JWTClaimsSet.parse(TestTokens.claims("issuer-admin")));
            es384.sign(new ECDSASigner((ECPrivateKey) p384.getPrivate()));
            assertEquals(200, send(to(withJwks, OFFERS).header("Authorization", "Bearer " + es384.serialize())).statusCode());

            int before = upstream.seen().size();
            for (String kid : List.of("k-384", "k-unknown")) {
                String token = new Es256JwtMinter((ECPrivateKey) TOKENS.keys.getPrivate(), kid).mint(TestTokens.claims("issuer-admin"));
                assertRefused(401, INVALID, send(to(withJwks, OFFERS).header("Authorization", "Bearer " + token)), before, token);
            }
        } finally {
            withJwks.stop();
        }
    }

    @Test
    void adminPathsOutsideTheTableAre404WhateverTheToken() throws Exception {
        int before = upstream.seen().size();
        String token = TOKENS.withRoles("issuer-admin", "status-admin", "kms-admin", "trust-admin", "status-issuer");
        for (String path : List.of("/admin", "/admin/issuance", "/admin/issuance/", "/admin/issuance/token",
                "/admin/issuance/offersx", "/offers", "/admin/keys/signatures", "/admin/keys/jwks", "/ADMIN/issuance/offers",
                "//admin/issuance/offers")) {
            assertEquals(404, withToken(path, token).statusCode(), path);
        }
        assertEquals(before, upstream.seen().size());
    }

    @Test
    void refusalsAreCountedOnTheirRouteAndTokensAreNeverLogged() throws Exception {
        WebServer counted = GatewayServer.start(RoutingTest.config(allUpstreamsAt(upstream)));
        try {
            String valid = TOKENS.withRoles("issuer-admin");
            String wrongRole = TOKENS.withRoles("kms-admin");
            Map<String, Object> expired = TestTokens.claims("issuer-admin");
            expired.put("exp", Instant.now().getEpochSecond() - 3600);
            String stale = TOKENS.mint(expired);
            for (String token : List.of(valid, wrongRole, stale, "garbage-token-value")) {
                send(to(counted, OFFERS).header("Authorization", "Bearer " + token));
            }
            send(to(counted, OFFERS));
            String metrics = send(to(counted, "/metrics")).body();
            assertTrue(metrics.contains("sigillum_gateway_route_requests_total{route=\"admin-issuance\"} 5\n"), metrics);
            assertTrue(metrics.contains("sigillum_gateway_route_responses_total{route=\"admin-issuance\",class=\"4xx\"} 4\n"), metrics);
            assertTrue(metrics.contains("sigillum_gateway_route_responses_total{route=\"admin-issuance\",class=\"2xx\"} 1\n"), metrics);

            List<String> messages;
            synchronized (LOGGED) {
                messages = LOGGED.stream().map(r -> r.getMessage() + " " + r.getThrown()).toList();
            }
            assertTrue(messages.stream().anyMatch(m -> m.contains("admin-issuance") && m.contains("EXPIRED")), messages.toString());
            for (String token : List.of(valid, wrongRole, stale, "garbage-token-value")) {
                for (String part : token.split("\\.")) {
                    assertTrue(messages.stream().noneMatch(m -> m.contains(part)), "a token reached the log: " + messages);
                }
            }
        } finally {
            counted.stop();
        }
    }

    @Test
    void theUnreadBodyOfARefusedRequestIsNotReadAsTheNextRequest() throws Exception {
        // Pipelined: were the refused body left on the connection, "{}GET /nonce" would be the next request line.
        String refused = "POST " + OFFERS + " HTTP/1.1\r\nHost: gw\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
        String next = "GET /nonce HTTP/1.1\r\nHost: gw\r\n\r\n";
        StringBuilder raw = new StringBuilder();
        try (Socket socket = new Socket("127.0.0.1", gateway.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((refused + next).getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            // Until the second answer's head is complete, or the server closes the connection.
            for (int b; !secondHeadComplete(raw) && (b = in.read()) >= 0; ) {
                raw.append((char) b);
            }
        }
        assertTrue(raw.toString().startsWith("HTTP/1.1 401 "), raw.toString());
        int second = raw.indexOf("HTTP/1.1 ", 1);
        assertTrue(second < 0 || raw.substring(second).startsWith("HTTP/1.1 200 "),
                "after the 401 the connection is closed or serves the next request: " + raw);
    }

    private static boolean secondHeadComplete(CharSequence raw) {
        String text = raw.toString();
        int second = text.indexOf("HTTP/1.1 ", 1);
        return second > 0 && text.indexOf("\r\n\r\n", second) > 0;
    }
}
