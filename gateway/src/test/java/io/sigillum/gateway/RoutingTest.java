package io.sigillum.gateway;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway in front of a real upstream, with the route table of {@code application.yaml}:
 * what is forwarded, what is stripped, what streams, and what is refused before forwarding.
 */
class RoutingTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static RecordingUpstream upstream;
    private static WebServer gateway;

    @BeforeAll
    static void start() {
        upstream = new RecordingUpstream();
        gateway = GatewayServer.start(config(Map.of("sigillum.gateway.upstream.issuance.url", upstream.url())));
    }

    @AfterAll
    static void stop() {
        gateway.stop();
        upstream.close();
    }

    /** The shipped defaults (application.yaml) under the test's own settings. */
    static Config config(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>();
        settings.put("server.host", "127.0.0.1");
        settings.put("server.port", "0");
        settings.put("sigillum.gateway.upstream-timeout", "PT1S");
        // The shipped table has admin routes, which need a token check to start.
        settings.putAll(TestTokens.shared().settings());
        settings.putAll(more);
        return Config.builder()
                .sources(ConfigSources.create(settings), ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
    }

    private static HttpRequest.Builder to(WebServer server, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static void assertProblem(int status, String type, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", header(response, "Content-Type"));
        assertTrue(response.body().contains("\"type\":\"urn:sigillum:problem:gateway:" + type + "\""), response.body());
        assertTrue(response.body().contains("\"status\":" + status), response.body());
    }

    @Test
    void forwardsMethodPathQueryBodyAndTheHeadersAServiceNeeds() throws Exception {
        String body = "{\"proof\":{\"proof_type\":\"jwt\",\"jwt\":\"eyJ.x.y\"}}";
        HttpResponse<String> answer = send(to(gateway, "/credential?a=1&b=x%20y&c=%2F")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "DPoP access-token-1")
                .header("DPoP", "eyJ.dpop.proof")
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("If-None-Match", "\"v1\"")
                .header("X-Correlation-Id", "trace-7")
                .header("X-Forwarded-For", "6.6.6.6")
                .header("Forwarded", "for=6.6.6.6;host=evil.example"));

        RecordingUpstream.Seen seen = upstream.last();
        assertEquals(201, answer.statusCode(), answer.body());
        assertEquals("POST", seen.method());
        assertEquals("/credential", seen.rawPath());
        assertEquals("a=1&b=x%20y&c=%2F", seen.rawQuery(), "the query as the client encoded it");
        assertEquals(body, new String(seen.body(), StandardCharsets.UTF_8));
        assertEquals("DPoP access-token-1", seen.header("Authorization"));
        assertEquals("eyJ.dpop.proof", seen.header("DPoP"));
        assertEquals("application/json", seen.header("Accept"));
        assertEquals("application/json", seen.header("Content-Type"));
        assertEquals("\"v1\"", seen.header("If-None-Match"));
        assertEquals("trace-7", seen.header("X-Correlation-Id"));
        assertEquals("for=127.0.0.1;proto=http;host=\"127.0.0.1:" + gateway.port() + "\"", seen.header("Forwarded"),
                "the gateway's own Forwarded, not the client's");
        assertNull(seen.header("X-Forwarded-For"), "a client's claim about itself is not passed on");
        assertEquals("127.0.0.1:" + upstream.port(), seen.header("Host"));

        assertEquals(201, answer.statusCode());
        assertEquals(body, answer.body());
        assertEquals("application/json", header(answer, "Content-Type"));
        assertEquals("nonce-from-upstream", header(answer, "DPoP-Nonce"));
        assertEquals("DPoP error=\"use_dpop_nonce\"", header(answer, "WWW-Authenticate"));
        assertEquals("no-store", header(answer, "Cache-Control"));
        assertEquals("/credential-offers/abc", header(answer, "Location"), "a redirect is the client's to follow");
        assertEquals(List.of("trace-7"), answer.headers().allValues("X-Correlation-Id"), "the gateway's id, once");

        for (String pathAndQuery : List.of("/token?a=1&b=2&a=3", "/token?flag&x=1", "/token?x=a+b&y=%7E%2b",
                "/credential-offers/a%20b%C3%A9?offer=%7B%22a%22%3A1%7D")) {
            send(to(gateway, pathAndQuery));
            int query = pathAndQuery.indexOf('?');
            assertEquals(pathAndQuery.substring(0, query), upstream.last().rawPath(), "the path, byte for byte");
            assertEquals(pathAndQuery.substring(query + 1), upstream.last().rawQuery(), "the query, byte for byte");
        }
        send(to(gateway, "/token?flag"));
        assertEquals("flag=", upstream.last().rawQuery(), "Helidon's client writes a query as name=value: the one change");

        for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
            HttpResponse<String> other = send(to(gateway, "/credential-offers/abc").method(method, HttpRequest.BodyPublishers.noBody()));
            assertEquals(201, other.statusCode(), method);
            assertEquals(method, upstream.last().method());
            assertEquals("/credential-offers/abc", upstream.last().rawPath());
        }
    }

    @Test
    void everyDefaultIssuancePathReachesIssuance() throws Exception {
        for (String path : List.of("/.well-known/openid-credential-issuer", "/.well-known/openid-credential-issuer/tenant-1",
                "/.well-known/oauth-authorization-server", "/.well-known/jwt-vc-issuer", "/token", "/nonce", "/credential",
                "/deferred-credential", "/notification", "/credential-offers/7f3a")) {
            int before = upstream.seen().size();
            assertEquals(200 / 100, send(to(gateway, path)).statusCode() / 100, path);
            assertEquals(before + 1, upstream.seen().size(), path);
            assertEquals(path, upstream.last().rawPath());
        }
    }

    @Test
    void unknownPathsAre404ProblemsAndReachNoService() throws Exception {
        int before = upstream.seen().size();
        for (String path : List.of("/nope", "/tokens", "/credential-offers", "/admin/offers", "/token;x=1", "/")) {
            assertProblem(404, "unknown-route", send(to(gateway, path)));
        }
        assertProblem(404, "unknown-route", send(to(gateway, "/issuer/offers").POST(HttpRequest.BodyPublishers.ofString("{}"))));
        assertEquals(before, upstream.seen().size());
    }

    @Test
    void hopByHopFieldsStopAtTheGatewayBothWays() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(gateway.port(), "GET /nonce HTTP/1.1\r\n"
                + "Host: wallet.example\r\n"
                + "Connection: close, X-Hop-Secret\r\n"
                + "X-Hop-Secret: for the gateway only\r\n"
                + "Keep-Alive: timeout=300\r\n"
                + "Proxy-Authorization: Basic cHJveHk6c2VjcmV0\r\n"
                + "Proxy-Connection: keep-alive\r\n"
                + "TE: trailers\r\n"
                + "Upgrade: websocket\r\n"
                + "X-End-To-End: kept\r\n"
                + "\r\n");
        assertEquals(200, answer.status(), answer.raw());

        RecordingUpstream.Seen seen = upstream.last();
        assertEquals("/nonce", seen.rawPath());
        for (String hop : List.of("X-Hop-Secret", "Keep-Alive", "Proxy-Authorization", "Proxy-Connection", "TE", "Upgrade")) {
            assertNull(seen.header(hop), hop + " reached the upstream: " + seen.headers());
        }
        assertFalse(String.valueOf(seen.header("Connection")).contains("X-Hop-Secret"), seen.headers().toString());
        assertEquals("kept", seen.header("X-End-To-End"));
        assertEquals("for=127.0.0.1;proto=http;host=wallet.example", seen.header("Forwarded"));

        for (String hop : List.of("X-Hop-Secret", "Keep-Alive", "Proxy-Authenticate")) {
            assertNull(answer.header(hop), hop + " came back: " + answer.raw());
        }
        assertEquals("nonce-from-upstream", answer.header("DPoP-Nonce"));
    }

    @Test
    void largeBodiesStreamBothWays() throws Exception {
        // Up: the client holds back the rest of its body until the upstream has read the first
        // part, which it can only have if the gateway passed it on before the body ended.
        int size = 1024 * 1024; // the default limit, reached exactly
        HttpResponse<String> upload = send(to(gateway, "/token/upload").POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new HeldBackBody(size, upstream))));
        assertEquals(200, upload.statusCode(), upload.body());
        assertEquals("received " + size, upload.body());
        assertEquals("chunked", upstream.last().header("Transfer-Encoding"), "streamed on, not gathered to a length");

        // Down: the upstream holds back the rest until the client has the first part.
        HttpResponse<InputStream> download = HTTP.send(to(gateway, "/credential-offers/download").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, download.statusCode());
        try (InputStream in = download.body()) {
            byte[] first = in.readNBytes(RecordingUpstream.FIRST_PART);
            upstream.downloadSeen.countDown();
            byte[] rest = in.readAllBytes();
            assertArrayEquals(RecordingUpstream.pattern(0, RecordingUpstream.FIRST_PART), first);
            assertArrayEquals(RecordingUpstream.pattern(RecordingUpstream.FIRST_PART,
                    RecordingUpstream.STREAMED - RecordingUpstream.FIRST_PART), rest);
        }
    }

    /** A body whose first part is available at once and the rest only once the upstream has read that part. */
    private static final class HeldBackBody extends InputStream {
        private final int size;
        private final RecordingUpstream upstream;
        private int sent;

        HeldBackBody(int size, RecordingUpstream upstream) {
            this.size = size;
            this.upstream = upstream;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (sent >= size) {
                return -1;
            }
            if (sent == RecordingUpstream.FIRST_PART) {
                try {
                    if (!upstream.uploadSeen.await(30, TimeUnit.SECONDS)) {
                        throw new IOException("the upstream never saw the first part while the body was still being sent");
                    }
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
            int limit = sent < RecordingUpstream.FIRST_PART ? RecordingUpstream.FIRST_PART : size;
            int n = Math.min(length, limit - sent);
            byte[] part = RecordingUpstream.pattern(sent, n);
            System.arraycopy(part, 0, buffer, offset, n);
            sent += n;
            return n;
        }
    }

    @Test
    void pathTraversalIsRefusedBeforeAnyRoute() throws Exception {
        int before = upstream.seen().size();
        for (String path : List.of("/token/../metrics", "/credential-offers/../../admin", "/credential-offers/./x",
                "/credential-offers/%2e%2e/admin", "/credential-offers/%2E%2e/admin", "/credential-offers/.%2E/admin",
                "/credential-offers/a%2fb", "/credential-offers/a%2Fb", "/credential-offers/..%5cadmin",
                "/credential-offers\\..\\admin", "/credential-offers/%252e%252e/admin", "/credential-offers/..;/admin",
                "/credential-offers/a%00b", "/status-lists/%2e%2e")) {
            RawHttp.Answer answer = RawHttp.exchange(gateway.port(), "GET " + path + " HTTP/1.1\r\nHost: gw\r\nConnection: close\r\n\r\n");
            assertEquals(400, answer.status(), path + ": " + answer.raw());
            assertEquals("application/problem+json", answer.header("Content-Type"), path);
        }
        assertEquals(before, upstream.seen().size(), "nothing reached the upstream");
    }

    @Test
    void contentLengthWithTransferEncodingIsRefusedAndTheConnectionClosed() throws Exception {
        int before = upstream.seen().size();
        // Were the framing read two ways, the second request would be smuggled past the first.
        String smuggled = "GET /nonce HTTP/1.1\r\nHost: gw\r\n\r\n";
        RawHttp.Answer both = RawHttp.exchange(gateway.port(), "POST /credential HTTP/1.1\r\nHost: gw\r\n"
                + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled);
        assertEquals(400, both.status(), both.raw());
        assertEquals("application/problem+json", both.header("Content-Type"));
        assertTrue(both.body().contains("urn:sigillum:problem:gateway:ambiguous-framing"), both.body());
        assertTrue(both.closedAfter(), "one answer, then the connection closed");

        RawHttp.Answer otherCoding = RawHttp.exchange(gateway.port(), "POST /credential HTTP/1.1\r\nHost: gw\r\n"
                + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n");
        assertEquals(400, otherCoding.status(), otherCoding.raw());
        assertTrue(otherCoding.closedAfter());
        assertEquals(before, upstream.seen().size());
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        int before = upstream.seen().size();
        // Declared: refused from the header alone (the body is not even sent).
        RawHttp.Answer declared = RawHttp.exchange(gateway.port(), "POST /credential HTTP/1.1\r\nHost: gw\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (1024 * 1024 + 1) + "\r\n\r\n");
        assertEquals(413, declared.status(), declared.raw());
        assertEquals("application/problem+json", declared.header("Content-Type"));
        assertTrue(declared.body().contains("urn:sigillum:problem:gateway:body-too-large"), declared.body());

        // Chunked: refused once the chunk that passes the limit is announced.
        RawHttp.Answer chunked = RawHttp.exchange(gateway.port(), "POST /credential HTTP/1.1\r\nHost: gw\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(1024 * 1024 + 1) + "\r\n");
        assertEquals(413, chunked.status(), chunked.raw());
        assertEquals("application/problem+json", chunked.header("Content-Type"));

        // A client that asks first (Expect: 100-continue) gets the 413 instead of sending the body.
        HttpResponse<String> asked = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + gateway.port() + "/credential")).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString("a".repeat(2 * 1024 * 1024))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, asked.statusCode(), asked.body());
        assertEquals(before, upstream.seen().size(), "no whole body reached the upstream");
    }

    @Test
    void headersOverTheLimitAre431() throws Exception {
        HttpResponse<String> big = send(to(gateway, "/token").header("X-Big", "a".repeat(20_000)));
        assertProblem(431, "headers-too-large", big);
        assertEquals(200, send(to(gateway, "/token").header("X-Big", "a".repeat(8_000))).statusCode(), "below the limit");
    }

    @Test
    void anUpstreamThatDoesNotAnswerInTimeIs504() throws Exception {
        HttpResponse<String> answer = send(to(gateway, "/nonce/hang"));
        assertProblem(504, "upstream-timeout", answer);
        assertFalse(answer.body().contains("127.0.0.1") || answer.body().contains(String.valueOf(upstream.port())), answer.body());
    }

    @Test
    void aBodilessIdempotentRequestIsSentOnceMoreWhenItsConnectionBrokeAndAPostIsNot() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread upstreamThread = Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        // Odd connections read the request and close without a word, as a server
                        // closing a pooled connection the moment it is reused; even ones answer.
                        readHead(connection.getInputStream());
                        if (connections.incrementAndGet() % 2 == 0) {
                            connection.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                                    + "Connection: close\r\n\r\nok").getBytes(StandardCharsets.US_ASCII));
                        }
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            WebServer flaky = GatewayServer.start(config(Map.of("sigillum.gateway.upstream.issuance.url",
                    "http://127.0.0.1:" + socket.getLocalPort())));
            try {
                HttpResponse<String> get = send(to(flaky, "/.well-known/openid-credential-issuer"));
                assertEquals(200, get.statusCode(), get.body());
                assertEquals("ok", get.body());
                assertEquals(2, connections.get(), "the second try, on a new connection");

                HttpResponse<String> post = send(to(flaky, "/token").POST(HttpRequest.BodyPublishers.ofString("grant_type=x")));
                assertProblem(502, "bad-gateway", post);
                assertEquals(3, connections.get(), "a POST is never sent twice");
            } finally {
                flaky.stop();
                socket.close();
                upstreamThread.join(5_000);
            }
        }
    }

    /** Reads a request's head (and no body: the test's GET has none, and its POST is dropped anyway). */
    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        for (int b = in.read(); b >= 0; b = in.read()) {
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
            if (matched == end.length) {
                return;
            }
        }
    }

    @Test
    void anUnreachableUpstreamIs503WithRetryAfterAndNamesNothingInside() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        WebServer down = GatewayServer.start(config(Map.of("sigillum.gateway.upstream.issuance.url",
                "http://127.0.0.1:" + closedPort)));
        try {
            for (HttpRequest.Builder request : List.of(to(down, "/token").POST(HttpRequest.BodyPublishers.ofString("grant_type=x")),
                    to(down, "/.well-known/openid-credential-issuer"))) {
                HttpResponse<String> answer = send(request);
                assertProblem(503, "upstream-unavailable", answer);
                assertEquals("5", header(answer, "Retry-After"));
                assertFalse(answer.body().contains("127.0.0.1") || answer.body().contains(String.valueOf(closedPort))
                        || answer.body().contains("Exception") || answer.body().contains("issuance"), answer.body());
            }
            String metrics = send(to(down, "/metrics")).body();
            assertTrue(metrics.contains("sigillum_gateway_route_upstream_failures_total{route=\"issuance-token\",kind=\"unavailable\"} 1\n"),
                    metrics);
        } finally {
            down.stop();
        }
    }

    @Test
    void eachRouteCountsItsRequestsAnswersAndUpstreamLatency() throws Exception {
        WebServer counted = GatewayServer.start(config(Map.of("sigillum.gateway.upstream.issuance.url", upstream.url())));
        try {
            send(to(counted, "/notification").POST(HttpRequest.BodyPublishers.ofString("{}")));
            send(to(counted, "/notification").POST(HttpRequest.BodyPublishers.ofString("{}")));
            send(to(counted, "/nope"));
            String metrics = send(to(counted, "/metrics")).body();
            assertTrue(metrics.contains("sigillum_gateway_route_requests_total{route=\"issuance-notification\"} 2\n"), metrics);
            assertTrue(metrics.contains("sigillum_gateway_route_responses_total{route=\"issuance-notification\",class=\"2xx\"} 2\n"), metrics);
            assertTrue(metrics.contains("sigillum_gateway_route_upstream_seconds_count{route=\"issuance-notification\"} 2\n"), metrics);
            assertTrue(metrics.contains("sigillum_gateway_route_upstream_seconds_bucket{route=\"issuance-notification\",le=\"+Inf\"} 2\n"), metrics);
            assertTrue(metrics.contains("sigillum_gateway_route_requests_total{route=\"issuance-token\"} 0\n"), metrics);
            assertTrue(metrics.contains("sigillum_gateway_unrouted_total 1\n"), metrics);
            assertTrue(metrics.contains("sigillum_gateway_status_cache_hits_total"), "the status edge's metrics stay: " + metrics);
        } finally {
            counted.stop();
        }
    }
}
