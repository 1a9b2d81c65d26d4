package io.sigillum.gateway;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The status service's public read path, in miniature: fixed token bytes per list and form, an
 * {@code ETag} per version and form, {@code Cache-Control: max-age}, 304 to a matching
 * {@code If-None-Match}, 404 for unknown lists. It counts calls and can be made to fail or stall.
 */
final class FakeStatusService implements AutoCloseable {

    static final String JWT = "application/statuslist+jwt";
    static final String CWT = "application/statuslist+cwt";

    private record Version(long number, byte[] jwt, byte[] cwt) {
    }

    private final Map<String, Version> lists = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    private final WebServer server;
    private volatile long maxAge = 300;
    private volatile long staleIfError = -1;
    private volatile boolean failing;
    private volatile long stallMillis;
    private volatile CountDownLatch gate;

    FakeStatusService() {
        server = WebServer.builder().host("127.0.0.1").port(0)
                .routing(r -> r.get("/status-lists/{listId}", this::handle)
                        .get("/status-list-aggregation", this::aggregation))
                .build().start();
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Publishes a version of a list: its JWT and CWT are recognisable bytes. */
    void publish(String listId, long version) {
        lists.put(listId, new Version(version, token(listId, version, "jwt"), token(listId, version, "cwt")));
    }

    static byte[] token(String listId, long version, String form) {
        return (form + ":" + listId + ":" + version + ":" + "x".repeat(2000)).getBytes(StandardCharsets.US_ASCII);
    }

    static String etag(String listId, long version, String form) {
        return "\"" + listId + "." + version + "." + form.charAt(0) + "\"";
    }

    void maxAge(long seconds) {
        maxAge = seconds;
    }

    /** Adds {@code stale-if-error} to Cache-Control, as the real service does (the rest of the token's life). */
    void staleIfError(long seconds) {
        staleIfError = seconds;
    }

    /** While failing, every request is answered 503 with a body that names internals. */
    void failing(boolean failing) {
        this.failing = failing;
    }

    void stall(long millis) {
        stallMillis = millis;
    }

    /** Requests wait until the latch opens (null: they do not wait). */
    void holdUntil(CountDownLatch latch) {
        gate = latch;
    }

    int calls() {
        return calls.get();
    }

    int notModified() {
        return notModified.get();
    }

    List<String> ifNoneMatchSeen() {
        return ifNoneMatch;
    }

    private void handle(ServerRequest request, ServerResponse response) throws InterruptedException {
        calls.incrementAndGet();
        request.headers().first(HeaderNames.IF_NONE_MATCH).ifPresent(ifNoneMatch::add);
        CountDownLatch latch = gate;
        if (latch != null) {
            latch.await(30, TimeUnit.SECONDS);
        }
        if (stallMillis > 0) {
            Thread.sleep(stallMillis);
        }
        if (failing) {
            response.status(Status.SERVICE_UNAVAILABLE_503).send("{\"detail\":\"db-primary.internal:5432 refused\"}");
            return;
        }
        String listId = request.path().pathParameters().get("listId");
        if (request.query().contains("time")) {
            // Historical resolution, in miniature: version 0 of any list, never cached by the gateway.
            response.header(HeaderNames.CONTENT_TYPE, JWT).header(HeaderNames.ETAG, etag(listId, 0, "jwt"))
                    .send(token(listId, 0, "jwt"));
            return;
        }
        Version version = lists.get(listId);
        if (version == null) {
            response.status(Status.NOT_FOUND_404).header(HeaderNames.CONTENT_TYPE, "application/problem+json")
                    .send("{\"status\":404}");
            return;
        }
        boolean cwt = request.headers().first(HeaderNames.ACCEPT).orElse(JWT).equals(CWT);
        String etag = etag(listId, version.number(), cwt ? "cwt" : "jwt");
        response.header(HeaderNames.ETAG, etag).header(HeaderNames.CACHE_CONTROL,
                "max-age=" + maxAge + (staleIfError < 0 ? "" : ", stale-if-error=" + staleIfError));
        if (request.headers().first(HeaderNames.IF_NONE_MATCH).map(etag::equals).orElse(false)) {
            notModified.incrementAndGet();
            response.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        response.header(HeaderNames.CONTENT_TYPE, cwt ? CWT : JWT).send(cwt ? version.cwt() : version.jwt());
    }

    /** The Status List Aggregation (draft §9.3) of the lists published here. */
    private void aggregation(ServerRequest request, ServerResponse response) {
        calls.incrementAndGet();
        if (failing) {
            response.status(Status.SERVICE_UNAVAILABLE_503).send("{\"detail\":\"db-primary.internal:5432 refused\"}");
            return;
        }
        String uris = lists.keySet().stream().sorted().map(id -> "\"https://status.test/status-lists/" + id + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        response.header(HeaderNames.CONTENT_TYPE, "application/json").header(HeaderNames.CACHE_CONTROL, "max-age=300")
                .send("{\"status_lists\":[" + uris + "]}");
    }

    @Override
    public void close() {
        server.stop();
    }
}
