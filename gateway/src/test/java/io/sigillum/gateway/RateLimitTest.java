package io.sigillum.gateway;

import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rate limits through the gateway in front of a real upstream, on a clock the test moves: no
 * sleeping, no timing thresholds. Clients are told apart by binding their sockets to different
 * loopback addresses (all of 127/8 is the loopback on Linux).
 */
class RateLimitTest {

    private static final String NONCE_POLICY = "\"issuance-nonce\";q=3;w=3";
    private static final Map<String, HttpClient> CLIENTS = new ConcurrentHashMap<>();

    /** Nanoseconds; starts far from zero so that nothing depends on where it starts. */
    private static final AtomicLong CLOCK = new AtomicLong(1_000_000_000_000L);

    private static RecordingUpstream upstream;
    private static WebServer gateway;

    @BeforeAll
    static void start() {
        upstream = new RecordingUpstream();
        gateway = GatewayServer.start(RoutingTest.config(limits(Map.of())), CLOCK::get);
    }

    @AfterAll
    static void stop() {
        gateway.stop();
        upstream.close();
    }

    /** Small limits on three routes, the shipped defaults elsewhere; every service at the recording upstream. */
    private static Map<String, String> limits(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>();
        for (String service : List.of("issuance", "status", "trust-registry", "key-management")) {
            settings.put("sigillum.gateway.upstream." + service + ".url", upstream.url());
        }
        settings.put("sigillum.gateway.routes.issuance-nonce.rate-limit.capacity", "3");
        settings.put("sigillum.gateway.routes.issuance-nonce.rate-limit.refill-per-second", "1");
        settings.put("sigillum.gateway.routes.issuance-token.rate-limit.capacity", "2");
        settings.put("sigillum.gateway.routes.issuance-token.rate-limit.refill-period", "PT1M");
        settings.put("sigillum.gateway.routes.admin-issuance.rate-limit.capacity", "2");
        settings.put("sigillum.gateway.routes.admin-issuance.rate-limit.refill-period", "PT1M");
        settings.put("sigillum.gateway.routes.issuance-metadata.rate-limit.capacity", "0");
        settings.putAll(more);
        return settings;
    }

    /** A client whose connections come from {@code address}. */
    private static HttpClient from(String address) {
        return CLIENTS.computeIfAbsent(address, a -> {
            try {
                return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .localAddress(InetAddress.getByName(a)).build();
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static HttpResponse<String> get(WebServer server, String address, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return from(address).send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String address, String path) throws Exception {
        return get(gateway, address, path, null);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static void advance(Duration by) {
        CLOCK.addAndGet(by.toNanos());
    }

    private static String token(String subject) {
        Map<String, Object> claims = TestTokens.claims("issuer-admin");
        claims.put("sub", subject);
        return TestTokens.shared().mint(claims);
    }

    private static void assertQuotaExceeded(HttpResponse<String> answer, String policy, String retryAfter) {
        assertEquals(429, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", header(answer, "Content-Type"));
        assertTrue(answer.body().contains("\"type\":\"https://iana.org/assignments/http-problem-types#quota-exceeded\""),
                answer.body());
        assertTrue(answer.body().contains("\"violated-policies\":[\"" + policy + "\"]"), answer.body());
        assertEquals(retryAfter, header(answer, "Retry-After"));
        assertEquals("\"" + policy + "\";r=0;t=" + retryAfter, header(answer, "RateLimit"),
                "t is the time until a request is let in again, as Retry-After (draft-11 §6)");
        assertTrue(header(answer, "RateLimit-Policy").startsWith("\"" + policy + "\";q="));
        assertFalse(answer.body().contains("127.0.0."), "the answer names no address: " + answer.body());
    }

    @Test
    void aBurstUpToCapacityPassesThenIs429UntilATokenRefills() throws Exception {
        int before = upstream.seen().size();
        for (int remaining = 2; remaining >= 0; remaining--) {
            HttpResponse<String> passed = get("127.0.0.2", "/nonce");
            assertEquals(200, passed.statusCode());
            assertEquals(NONCE_POLICY, header(passed, "RateLimit-Policy"));
            assertEquals("\"issuance-nonce\";r=" + remaining + ";t=1", header(passed, "RateLimit"));
        }
        HttpResponse<String> refused = get("127.0.0.2", "/nonce");
        assertQuotaExceeded(refused, "issuance-nonce", "1");
        assertEquals(NONCE_POLICY, header(refused, "RateLimit-Policy"));
        assertEquals(before + 3, upstream.seen().size(), "the refused request reached no service");

        advance(Duration.ofMillis(999));
        assertQuotaExceeded(get("127.0.0.2", "/nonce"), "issuance-nonce", "1");
        advance(Duration.ofMillis(1));
        HttpResponse<String> refilled = get("127.0.0.2", "/nonce");
        assertEquals(200, refilled.statusCode(), "one token a second");
        assertEquals("\"issuance-nonce\";r=0;t=1", header(refilled, "RateLimit"));
        assertEquals(429, get("127.0.0.2", "/nonce").statusCode());

        advance(Duration.ofSeconds(3));
        for (int i = 0; i < 3; i++) {
            assertEquals(200, get("127.0.0.2", "/nonce").statusCode(), "full again after w seconds");
        }
        assertEquals(429, get("127.0.0.2", "/nonce").statusCode());
    }

    @Test
    void aSlowRefillGivesASaneRetryAfter() throws Exception {
        assertEquals(200, get("127.0.0.7", "/token").statusCode());
        HttpResponse<String> last = get("127.0.0.7", "/token");
        assertEquals("\"issuance-token\";q=2;w=60", header(last, "RateLimit-Policy"));
        assertEquals("\"issuance-token\";r=0;t=30", header(last, "RateLimit"), "one token every 30 s");
        HttpResponse<String> refused = get("127.0.0.7", "/token");
        assertQuotaExceeded(refused, "issuance-token", "30");
        advance(Duration.ofSeconds(20));
        assertQuotaExceeded(get("127.0.0.7", "/token"), "issuance-token", "10");
        advance(Duration.ofMillis(9_500));
        assertQuotaExceeded(get("127.0.0.7", "/token"), "issuance-token", "1");
    }

    @Test
    void eachSourceAddressHasItsOwnBucketPerRoute() throws Exception {
        for (int i = 0; i < 2; i++) {
            assertEquals(200, get("127.0.0.3", "/token").statusCode());
        }
        assertEquals(429, get("127.0.0.3", "/token").statusCode());
        assertEquals(200, get("127.0.0.4", "/token").statusCode(), "another address is not held back");
        assertEquals(200, get("127.0.0.3", "/nonce").statusCode(), "another route is another bucket");
    }

    /** Behind a load balancer every connection comes from it: the clients it forwards for are told apart. */
    @Test
    void behindATrustedProxyTheForwardedClientHasTheBucket() throws Exception {
        WebServer proxied = GatewayServer.start(RoutingTest.config(limits(Map.of(
                "sigillum.gateway.client-address.trusted-proxies", "127.0.0.20/32"))), CLOCK::get);
        try {
            for (int i = 0; i < 2; i++) {
                assertEquals(200, getFor(proxied, "127.0.0.20", "198.51.100.1").statusCode());
            }
            assertEquals(429, getFor(proxied, "127.0.0.20", "198.51.100.1").statusCode());
            assertEquals(200, getFor(proxied, "127.0.0.20", "6.6.6.6, 198.51.100.2").statusCode(),
                    "another client behind the same proxy has its own bucket, whatever it claimed before it");
            assertEquals("for=198.51.100.2;proto=http;host=\"127.0.0.1:" + proxied.port() + "\"",
                    upstream.last().header("Forwarded"), "the service is told who the client is");
            for (int i = 0; i < 2; i++) {
                assertEquals(200, getFor(proxied, "127.0.0.21", "198.51.100.3").statusCode());
            }
            assertEquals(429, getFor(proxied, "127.0.0.21", "198.51.100.4").statusCode(),
                    "a peer that is no trusted proxy is the client itself, whatever it names");
        } finally {
            proxied.stop();
        }
    }

    private static HttpResponse<String> getFor(WebServer server, String proxy, String forwardedFor) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/token"))
                .header("X-Forwarded-For", forwardedFor).build();
        return from(proxy).send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void protectedRoutesCountByTheTokensSubjectNotTheAddress() throws Exception {
        String alice = token("alice");
        for (int i = 0; i < 2; i++) {
            assertEquals(200, get(gateway, "127.0.0.5", "/admin/issuance/offers", alice).statusCode());
        }
        HttpResponse<String> refused = get(gateway, "127.0.0.5", "/admin/issuance/offers", alice);
        assertQuotaExceeded(refused, "admin-issuance", "30");
        assertFalse(refused.body().contains("alice"), "the answer does not name the subject");
        assertEquals(429, get(gateway, "127.0.0.6", "/admin/issuance/offers", token("alice")).statusCode(),
                "a new address does not buy alice a new bucket");
        assertEquals(200, get(gateway, "127.0.0.5", "/admin/issuance/offers", token("bob")).statusCode(),
                "bob at alice's address has his own");
    }

    @Test
    void refusedAuthenticationSpendsNoOnesQuota() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, get(gateway, "127.0.0.8", "/admin/issuance/offers", null).statusCode());
            assertEquals(401, get(gateway, "127.0.0.8", "/admin/issuance/offers", "not.a.token").statusCode());
        }
        String carol = token("carol");
        for (int i = 0; i < 2; i++) {
            assertEquals(200, get(gateway, "127.0.0.8", "/admin/issuance/offers", carol).statusCode());
        }
        assertEquals(429, get(gateway, "127.0.0.8", "/admin/issuance/offers", carol).statusCode());
    }

    @Test
    void anUnlimitedRouteSaysNothingOfLimits() throws Exception {
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> answer = get("127.0.0.9", "/.well-known/openid-credential-issuer");
            assertEquals(200, answer.statusCode());
            assertNull(header(answer, "RateLimit"));
            assertNull(header(answer, "RateLimit-Policy"));
        }
    }

    @Test
    void refusalsAreCountedByRoute() throws Exception {
        long before = counter(get("127.0.0.1", "/metrics").body(), "sigillum_gateway_rate_limited_total{route=\"issuance-nonce\"}");
        for (int i = 0; i < 5; i++) {
            get("127.0.0.10", "/nonce");
        }
        String metrics = get("127.0.0.1", "/metrics").body();
        assertEquals(before + 2, counter(metrics, "sigillum_gateway_rate_limited_total{route=\"issuance-nonce\"}"), metrics);
        assertTrue(metrics.contains("sigillum_gateway_rate_limited_total{route=\"admin-issuance\"} "), metrics);
        assertFalse(metrics.contains("sigillum_gateway_rate_limited_total{route=\"issuance-metadata\"}"),
                "an unlimited route has no series: " + metrics);
    }

    /** A flood of addresses: the gateway keeps no more buckets than max-keys, and still limits the newest. */
    @Test
    void aFloodOfAddressesKeepsTheBucketsBounded() throws Exception {
        WebServer bounded = GatewayServer.start(RoutingTest.config(limits(Map.of(
                "sigillum.gateway.rate-limit.max-keys", "50"))), CLOCK::get);
        try {
            for (int i = 1; i <= 200; i++) {
                HttpResponse<String> answer = get(bounded, "127.0.1." + i, "/nonce", null);
                assertEquals(200, answer.statusCode());
                assertEquals("\"issuance-nonce\";r=2;t=1", header(answer, "RateLimit"), "a new client, a full bucket");
            }
            String metrics = get(bounded, "127.0.0.1", "/metrics", null).body();
            assertEquals(50, counter(metrics, "sigillum_gateway_rate_limit_buckets"), metrics);
            assertEquals(150, counter(metrics, "sigillum_gateway_rate_limit_evictions_total"), metrics);
            for (int i = 0; i < 2; i++) {
                get(bounded, "127.0.1.200", "/nonce", null);
            }
            assertEquals(429, get(bounded, "127.0.1.200", "/nonce", null).statusCode(), "the newest are still limited");

            advance(Duration.ofSeconds(3));
            get(bounded, "127.0.2.1", "/nonce", null);
            assertEquals(1, counter(get(bounded, "127.0.0.1", "/metrics", null).body(), "sigillum_gateway_rate_limit_buckets"),
                    "buckets idle long enough to be full again are dropped");
        } finally {
            bounded.stop();
        }
    }

    private static long counter(String metrics, String series) {
        Matcher sample = Pattern.compile("^" + Pattern.quote(series) + " (\\d+)$", Pattern.MULTILINE).matcher(metrics);
        assertTrue(sample.find(), series + " missing: " + metrics);
        return Long.parseLong(sample.group(1));
    }
}
