package io.sigillum.gateway;

import io.sigillum.events.testing.Await;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /status-lists/{listId}} through the gateway, against a fake status service, on a
 * clock the test moves: max-age passes without waiting for it.
 */
class StatusListEdgeTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String LIST = "list-1";

    private final AtomicLong clock = new AtomicLong(1_000_000_000_000L);
    private FakeStatusService upstream;
    private WebServer gateway;

    @BeforeEach
    void start() {
        upstream = new FakeStatusService();
        upstream.publish(LIST, 1);
        gateway = GatewayServer.start(config(Map.of()), clock::get);
    }

    @AfterEach
    void stop() {
        gateway.stop();
        upstream.close();
    }

    private Config config(Map<String, String> more) {
        Map<String, String> settings = new HashMap<>();
        settings.put("server.host", "127.0.0.1");
        settings.put("server.port", "0");
        settings.put("sigillum.gateway.upstream-timeout", "PT1S");
        settings.put("sigillum.gateway.upstream.status.url", upstream.url());
        settings.putAll(more);
        return Config.just(ConfigSources.create(settings));
    }

    private void advance(long seconds) {
        clock.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aMissFetchesOnceThenMemoryAnswersWithTheFreshnessLeft() throws Exception {
        HttpResponse<byte[]> miss = get("/status-lists/" + LIST);
        assertEquals(200, miss.statusCode());
        assertEquals("miss", header(miss, "X-Sigillum-Cache"));
        assertArrayEquals(FakeStatusService.token(LIST, 1, "jwt"), miss.body());
        assertEquals(FakeStatusService.JWT, header(miss, "Content-Type"));
        assertEquals(FakeStatusService.etag(LIST, 1, "jwt"), header(miss, "ETag"));
        assertEquals("max-age=300", header(miss, "Cache-Control"));
        assertEquals("0", header(miss, "Age"));
        assertEquals("Accept", header(miss, "Vary"));

        advance(100);
        HttpResponse<byte[]> hit = get("/status-lists/" + LIST);
        assertEquals(200, hit.statusCode());
        assertEquals("hit", header(hit, "X-Sigillum-Cache"));
        assertArrayEquals(miss.body(), hit.body());
        assertEquals(FakeStatusService.etag(LIST, 1, "jwt"), header(hit, "ETag"));
        assertEquals("max-age=200", header(hit, "Cache-Control"), "upstream's max-age minus the entry's age");
        assertEquals("100", header(hit, "Age"));
        assertEquals(1, upstream.calls());

        String metrics = text(get("/metrics"));
        assertTrue(metrics.contains("sigillum_gateway_status_cache_hits_total 1\n"), metrics);
        assertTrue(metrics.contains("sigillum_gateway_status_cache_misses_total 1\n"), metrics);
        assertTrue(metrics.contains("sigillum_gateway_status_events_connected 0\n"), metrics);
    }

    @Test
    void theFormFollowsAcceptAsTheStatusServiceChoosesIt() throws Exception {
        assertArrayEquals(FakeStatusService.token(LIST, 1, "cwt"), get("/status-lists/" + LIST, "Accept", FakeStatusService.CWT).body());
        HttpResponse<byte[]> cwt = get("/status-lists/" + LIST, "Accept", "text/html, application/statuslist+cwt");
        assertEquals(FakeStatusService.CWT, header(cwt, "Content-Type"));
        assertEquals(FakeStatusService.etag(LIST, 1, "cwt"), header(cwt, "ETag"));
        assertEquals(FakeStatusService.JWT, header(get("/status-lists/" + LIST, "Accept", "*/*"), "Content-Type"));
        assertEquals(FakeStatusService.JWT, header(get("/status-lists/" + LIST, "Accept",
                "application/statuslist+cwt;q=0.5, application/statuslist+jwt"), "Content-Type"), "quality first");
        assertEquals(FakeStatusService.CWT, header(get("/status-lists/" + LIST, "Accept",
                "application/statuslist+jwt;q=0, */*"), "Content-Type"), "a form refused with q=0 is never chosen");
        assertEquals(2, upstream.calls(), "one fetch per form");

        HttpResponse<byte[]> refused = get("/status-lists/" + LIST, "Accept", "text/html");
        assertEquals(406, refused.statusCode());
        assertEquals("application/problem+json", header(refused, "Content-Type"));
        assertTrue(text(refused).contains("\"status\":406"), text(refused));
    }

    @Test
    void aMatchingIfNoneMatchIsAnswered304() throws Exception {
        String etag = header(get("/status-lists/" + LIST), "ETag");
        for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
            HttpResponse<byte[]> notModified = get("/status-lists/" + LIST, "If-None-Match", ifNoneMatch);
            assertEquals(304, notModified.statusCode(), ifNoneMatch);
            assertEquals(etag, header(notModified, "ETag"));
            assertEquals("max-age=300", header(notModified, "Cache-Control"));
            assertEquals(0, notModified.body().length);
        }
        assertEquals(200, get("/status-lists/" + LIST, "If-None-Match", "\"list-1.0.j\"").statusCode());
        assertEquals(1, upstream.calls());
    }

    @Test
    void anUnknownListIs404AndItsAbsenceIsRememberedBriefly() throws Exception {
        HttpResponse<byte[]> unknown = get("/status-lists/nope");
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", header(unknown, "Content-Type"));
        assertTrue(text(unknown).contains("urn:sigillum:problem:status:unknown-list"), text(unknown));
        assertEquals("miss", header(unknown, "X-Sigillum-Cache"));
        HttpResponse<byte[]> again = get("/status-lists/nope");
        assertEquals(404, again.statusCode());
        assertEquals("hit", header(again, "X-Sigillum-Cache"));
        assertEquals(1, upstream.calls());

        advance(2);
        upstream.publish("nope", 1);
        assertEquals(200, get("/status-lists/nope").statusCode(), "absence is remembered for a second only");
        assertEquals(2, upstream.calls());
    }

    @Test
    void idsOutsideTheBoundNeverReachUpstream() throws Exception {
        for (String path : List.of("x".repeat(65), "a.b", "a%20b", "caf%C3%A9")) {
            HttpResponse<byte[]> answer = get("/status-lists/" + path);
            assertEquals(404, answer.statusCode(), path);
            assertEquals("application/problem+json", header(answer, "Content-Type"), path);
        }
        assertEquals(404, get("/status-lists/" + LIST + "/entries/1").statusCode(), "admin paths stay unrouted");
        String longest = "Z_-9".repeat(16);
        upstream.publish(longest, 1);
        assertEquals(200, get("/status-lists/" + longest).statusCode(), "64 characters of [A-Za-z0-9_-] pass");
        assertEquals(1, upstream.calls(), "only the one well-formed id was asked for");
    }

    @Test
    void aHistoricalRequestPassesToUpstreamUncached() throws Exception {
        get("/status-lists/" + LIST);
        for (int i = 1; i <= 2; i++) {
            HttpResponse<byte[]> historical = get("/status-lists/" + LIST + "?time=1700000000");
            assertEquals(200, historical.statusCode(), text(historical) + " calls " + upstream.calls());
            assertEquals("bypass", header(historical, "X-Sigillum-Cache"));
            assertArrayEquals(FakeStatusService.token(LIST, 0, "jwt"), historical.body(), "the token valid then, not the held one");
            assertEquals(FakeStatusService.etag(LIST, 0, "jwt"), header(historical, "ETag"));
            assertEquals(1 + i, upstream.calls());
        }
        assertEquals("hit", header(get("/status-lists/" + LIST), "X-Sigillum-Cache"), "the current token stays held");
        assertEquals(400, get("/status-lists/" + LIST + "?time=" + "1".repeat(300)).statusCode(), "a bounded query");
        assertEquals(3, upstream.calls());
        upstream.failing(true);
        HttpResponse<byte[]> down = get("/status-lists/" + LIST + "?time=1700000000");
        assertEquals(502, down.statusCode());
        assertFalse(text(down).contains("internal"), text(down));
    }

    @Test
    void theAggregationPassesToUpstreamUncached() throws Exception {
        HttpResponse<byte[]> aggregation = get("/status-list-aggregation");
        assertEquals(200, aggregation.statusCode(), text(aggregation));
        assertEquals("application/json", header(aggregation, "Content-Type"));
        assertEquals("{\"status_lists\":[\"https://status.test/status-lists/" + LIST + "\"]}", text(aggregation));
        assertEquals("bypass", header(aggregation, "X-Sigillum-Cache"));
        assertEquals("max-age=300", header(aggregation, "Cache-Control"));
        upstream.failing(true);
        HttpResponse<byte[]> down = get("/status-list-aggregation");
        assertEquals(502, down.statusCode());
        assertFalse(text(down).contains("internal"), text(down));
    }

    @Test
    void concurrentMissesShareOneUpstreamCall() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        upstream.holdUntil(gate);
        int clients = 16;
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> get("/status-lists/" + LIST)));
            }
            Await.until("the first miss reached upstream", () -> upstream.calls() == 1);
            // Whoever arrives after the call completes is a hit: the count below holds either way.
            Thread.sleep(300);
            gate.countDown();
            for (Future<HttpResponse<byte[]>> answer : answers) {
                assertEquals(200, answer.get().statusCode());
                assertArrayEquals(FakeStatusService.token(LIST, 1, "jwt"), answer.get().body());
            }
        }
        assertEquals(1, upstream.calls());
    }

    @Test
    void pastMaxAgeTheStaleTokenIsServedWhileUpstreamRevalidatesIt() throws Exception {
        upstream.maxAge(60);
        String etag = header(get("/status-lists/" + LIST), "ETag");
        advance(61);
        HttpResponse<byte[]> stale = get("/status-lists/" + LIST);
        assertEquals(200, stale.statusCode());
        assertEquals("stale", header(stale, "X-Sigillum-Cache"));
        assertEquals("max-age=0", header(stale, "Cache-Control"));
        assertArrayEquals(FakeStatusService.token(LIST, 1, "jwt"), stale.body());

        Await.until("upstream answered the revalidation 304", () -> upstream.notModified() == 1);
        assertEquals(List.of(etag), upstream.ifNoneMatchSeen());
        Await.until("the entry is fresh again", () -> "hit".equals(header(uncheckedGet("/status-lists/" + LIST), "X-Sigillum-Cache")));
        HttpResponse<byte[]> fresh = get("/status-lists/" + LIST);
        assertEquals("max-age=60", header(fresh, "Cache-Control"));
        assertEquals(etag, header(fresh, "ETag"));
        assertArrayEquals(FakeStatusService.token(LIST, 1, "jwt"), fresh.body(), "a 304 keeps the body held");
        assertEquals(2, upstream.calls());
    }

    @Test
    void whileUpstreamIsDownAHeldListIsServedStaleForTheConfiguredTimeOnly() throws Exception {
        upstream.maxAge(60);
        get("/status-lists/" + LIST);
        upstream.failing(true);
        advance(61);
        for (int i = 0; i < 3; i++) {
            HttpResponse<byte[]> stale = get("/status-lists/" + LIST);
            assertEquals(200, stale.statusCode());
            assertEquals("stale", header(stale, "X-Sigillum-Cache"));
            assertArrayEquals(FakeStatusService.token(LIST, 1, "jwt"), stale.body());
        }
        Await.until("the failed revalidation is counted", () -> text(uncheckedGet("/metrics"))
                .matches("(?s).*sigillum_gateway_status_cache_upstream_errors_total [1-9].*"));

        advance(3600); // past the default stale-if-error of one hour
        HttpResponse<byte[]> gone = get("/status-lists/" + LIST);
        assertEquals(502, gone.statusCode());
        assertEquals("application/problem+json", header(gone, "Content-Type"));
        assertFalse(text(gone).contains("127.0.0.1") || text(gone).contains("internal") || text(gone).contains("Exception"), text(gone));

        HttpResponse<byte[]> neverHeld = get("/status-lists/other");
        assertEquals(502, neverHeld.statusCode(), "nothing held, upstream down");
    }

    @Test
    void aHeldTokenIsNeverServedStalePastWhatUpstreamAllows() throws Exception {
        // The status service sends stale-if-error = the rest of the token's life: here its exp is
        // 60 + 120 seconds away, well inside the gateway's own hour.
        upstream.maxAge(60);
        upstream.staleIfError(120);
        get("/status-lists/" + LIST);
        upstream.failing(true);
        advance(61 + 100);
        assertEquals("stale", header(get("/status-lists/" + LIST), "X-Sigillum-Cache"), "within upstream's stale-if-error");

        advance(30); // past the token's exp
        assertEquals(502, get("/status-lists/" + LIST).statusCode(), "an expired token is never served");
    }

    @Test
    void anUpstreamThatDoesNotAnswerInTimeIs504() throws Exception {
        upstream.stall(3000);
        HttpResponse<byte[]> timedOut = get("/status-lists/" + LIST);
        assertEquals(504, timedOut.statusCode());
        assertFalse(text(timedOut).contains("127.0.0.1"), text(timedOut));
    }

    private HttpResponse<byte[]> uncheckedGet(String path) {
        try {
            return get(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
