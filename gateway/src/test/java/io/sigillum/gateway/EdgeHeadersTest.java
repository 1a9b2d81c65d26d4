package io.sigillum.gateway;

import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the gateway adds to answers for browsers: the security headers (its own answers, relayed
 * ones, over TLS) and CORS for a configured wallet origin.
 */
class EdgeHeadersTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String WALLET = "https://wallet.example";

    private static RecordingUpstream upstream;
    private static WebServer gateway;

    @BeforeAll
    static void start() {
        upstream = new RecordingUpstream();
        gateway = GatewayServer.start(RoutingTest.config(settings(Map.of())));
    }

    @AfterAll
    static void stop() {
        gateway.stop();
        upstream.close();
    }

    private static Map<String, String> settings(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>();
        for (String service : List.of("issuance", "status", "trust-registry", "key-management")) {
            settings.put("sigillum.gateway.upstream." + service + ".url", upstream.url());
        }
        // Written as operators would: the default port and upper case are what browsers never send.
        settings.put("sigillum.gateway.cors.allowed-origins", "HTTPS://Wallet.Example:443, http://localhost:3000");
        settings.putAll(more);
        return settings;
    }

    private static HttpRequest.Builder to(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + pathAndQuery));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static void assertOwnAnswerHeaders(HttpResponse<?> answer) {
        assertEquals("nosniff", header(answer, "X-Content-Type-Options"));
        assertEquals("no-referrer", header(answer, "Referrer-Policy"));
        assertEquals("DENY", header(answer, "X-Frame-Options"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", header(answer, "Content-Security-Policy"));
    }

    @Test
    void theGatewaysOwnAnswersHaveEverySecurityHeader() throws Exception {
        for (HttpRequest.Builder request : List.of(to("/health/live"), to("/metrics"), to("/nope"),
                to("/token/%2e%2e/admin"), to("/admin/issuance/offers"))) {
            HttpResponse<String> answer = send(request);
            assertOwnAnswerHeaders(answer);
            assertNull(header(answer, "Strict-Transport-Security"), "never over plain HTTP (RFC 6797 §7.2)");
        }
        // Helidon's own refusal, made before any filter runs.
        RawHttp.Answer malformed = RawHttp.exchange(gateway.port(), "GET /nonce HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n");
        assertEquals(400, malformed.status(), malformed.raw());
        assertEquals("nosniff", malformed.header("X-Content-Type-Options"));
        assertEquals("DENY", malformed.header("X-Frame-Options"));
    }

    @Test
    void relayedAnswersKeepTheUpstreamsOwnValuesAndFramingIsTheirs() throws Exception {
        HttpResponse<String> plain = send(to("/nonce"));
        assertEquals(200, plain.statusCode());
        assertEquals("nosniff", header(plain, "X-Content-Type-Options"));
        assertEquals("no-referrer", header(plain, "Referrer-Policy"));
        assertNull(header(plain, "X-Frame-Options"), "framing is the upstream's to choose");
        assertNull(header(plain, "Content-Security-Policy"));

        HttpResponse<String> own = send(to(RecordingUpstream.OWN_HEADERS).header("Origin", WALLET));
        assertEquals("strict-origin", header(own, "Referrer-Policy"), "the upstream's value stands");
        assertEquals(List.of("strict-origin"), own.headers().allValues("Referrer-Policy"));
        assertEquals("SAMEORIGIN", header(own, "X-Frame-Options"));
        assertEquals("nosniff", header(own, "X-Content-Type-Options"));
        assertEquals(WALLET, header(own, "Access-Control-Allow-Origin"), "CORS is the gateway's, not the service's *");
        assertEquals(List.of(WALLET), own.headers().allValues("Access-Control-Allow-Origin"));
        String rateLimit = String.join(",", own.headers().allValues("RateLimit"));
        assertTrue(rateLimit.contains("\"service\";r=5;t=10") && rateLimit.contains("\"issuance-credential-offers\";r="),
                "the service's quota next to the gateway's: " + rateLimit);
        String vary = String.join(",", own.headers().allValues("Vary"));
        assertTrue(vary.contains("Origin") && vary.contains("Accept-Encoding"), vary);
    }

    @Test
    void hstsOverTls(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("gateway.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "gateway", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit").redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0,
                new String(keytool.getInputStream().readAllBytes()));
        WebServer tls = GatewayServer.start(RoutingTest.config(settings(Map.of(
                "server.tls.private-key.keystore.resource.path", store.toString(),
                "server.tls.private-key.keystore.passphrase", "changeit",
                "server.tls.private-key.keystore.key.alias", "gateway",
                "sigillum.gateway.headers.hsts.include-subdomains", "true"))));
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                trust.load(in, "changeit".toCharArray());
            }
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers.getTrustManagers(), null);
            HttpClient https = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(context).build();
            for (String path : List.of("/health/live", "/nonce", "/nope")) {
                HttpResponse<String> answer = https.send(HttpRequest.newBuilder(
                        URI.create("https://127.0.0.1:" + tls.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals("max-age=31536000; includeSubDomains", header(answer, "Strict-Transport-Security"), path);
                assertEquals("nosniff", header(answer, "X-Content-Type-Options"), path);
            }
        } finally {
            tls.stop();
        }
    }

    @Test
    void aPreflightFromAWalletOriginIsAnsweredByTheGateway() throws Exception {
        int before = upstream.seen().size();
        HttpResponse<String> answer = send(to("/credential").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", WALLET)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, dpop, content-type"));
        assertEquals(204, answer.statusCode(), answer.body());
        assertEquals(WALLET, header(answer, "Access-Control-Allow-Origin"));
        assertEquals("GET, POST", header(answer, "Access-Control-Allow-Methods"));
        assertEquals("Authorization, DPoP, Content-Type", header(answer, "Access-Control-Allow-Headers"));
        assertEquals("600", header(answer, "Access-Control-Max-Age"));
        assertEquals("Origin", header(answer, "Vary"));
        assertNull(header(answer, "Access-Control-Allow-Credentials"), "no credentials unless configured");
        assertEquals(before, upstream.seen().size(), "the service never sees a preflight");

        HttpResponse<String> local = send(to("/nonce").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "GET"));
        assertEquals(204, local.statusCode());
        assertEquals("http://localhost:3000", header(local, "Access-Control-Allow-Origin"));
    }

    @Test
    void preflightsAreRefusedForOtherOriginsMethodsHeadersAndPaths() throws Exception {
        int before = upstream.seen().size();
        List<HttpRequest.Builder> refused = List.of(
                preflight("/credential", "https://evil.example", "POST", "dpop"),
                preflight("/credential", "https://wallet.example.evil.example", "POST", "dpop"),
                preflight("/credential", "null", "POST", "dpop"),
                preflight("/credential", WALLET, "DELETE", null),
                preflight("/credential", WALLET, "POST", "dpop, x-custom"),
                preflight("/admin/issuance/offers", WALLET, "GET", "authorization"),
                preflight("/metrics", WALLET, "GET", null));
        for (HttpRequest.Builder request : refused) {
            HttpResponse<String> answer = send(request);
            assertEquals(403, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("urn:sigillum:problem:gateway:cors-refused"), answer.body());
            assertTrue(answer.headers().map().keySet().stream().noneMatch(h -> h.toLowerCase().startsWith("access-control-")),
                    answer.headers().map().toString());
        }
        assertEquals(before, upstream.seen().size());
        // An OPTIONS that is not a preflight is the service's, as before.
        assertEquals(200, send(to("/nonce").method("OPTIONS", HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(before + 1, upstream.seen().size());
    }

    private static HttpRequest.Builder preflight(String path, String origin, String method, String headers) {
        HttpRequest.Builder request = to(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", method);
        return headers == null ? request : request.header("Access-Control-Request-Headers", headers);
    }

    @Test
    void walletRequestsFromAnAllowedOriginCanReadTheAnswerAndItsHeaders() throws Exception {
        HttpResponse<String> answer = send(to("/nonce").POST(HttpRequest.BodyPublishers.noBody()).header("Origin", WALLET));
        assertEquals(200, answer.statusCode());
        assertEquals(WALLET, header(answer, "Access-Control-Allow-Origin"));
        assertEquals("DPoP-Nonce, WWW-Authenticate, RateLimit, RateLimit-Policy, Retry-After",
                header(answer, "Access-Control-Expose-Headers"));
        assertEquals("Origin", header(answer, "Vary"));

        HttpResponse<String> other = send(to("/nonce").header("Origin", "https://evil.example"));
        assertEquals(200, other.statusCode(), "CORS is not access control: the browser withholds the answer");
        assertNull(header(other, "Access-Control-Allow-Origin"));
        assertNull(header(other, "Access-Control-Expose-Headers"));
        assertEquals("Origin", header(other, "Vary"));

        HttpResponse<String> admin = send(to("/admin/issuance/offers").header("Origin", WALLET));
        assertEquals(401, admin.statusCode());
        assertNull(header(admin, "Access-Control-Allow-Origin"), "admin routes are not for wallets");

        HttpResponse<String> status = send(to("/status-lists/unknown").header("Origin", WALLET));
        assertEquals(WALLET, header(status, "Access-Control-Allow-Origin"), "status lists are wallet-facing");
    }

    @Test
    void aWildcardWithCredentialsDoesNotStart() {
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> GatewayServer.start(RoutingTest.config(settings(Map.of(
                        "sigillum.gateway.cors.allowed-origins", "*",
                        "sigillum.gateway.cors.allow-credentials", "true")))));
        assertTrue(refused.getMessage().contains("allow-credentials"), refused.getMessage());
        IllegalStateException notAnOrigin = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> GatewayServer.start(RoutingTest.config(settings(Map.of(
                        "sigillum.gateway.cors.allowed-origins", "https://wallet.example/app")))));
        assertFalse(notAnOrigin.getMessage().isEmpty());
    }
}
