package io.sigillum.gateway;

import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pooled upstream connection reused just as the upstream timeout has passed since its last
 * answer: the request must get its answer, as on a fresh connection. With Helidon's idle monitor
 * reading under the upstream timeout, such a request failed after it was sent (504 in milliseconds).
 */
class PooledUpstreamConnectionTest {

    private static final long TIMEOUT_MILLIS = 600;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aConnectionReusedAtTheUpstreamTimeoutCarriesItsRequestToTheAnswer() throws Exception {
        try (RecordingUpstream upstream = new RecordingUpstream()) {
            WebServer gateway = GatewayServer.start(RoutingTest.config(Map.of(
                    "sigillum.gateway.upstream.issuance.url", upstream.url(),
                    "sigillum.gateway.upstream-timeout", "PT" + TIMEOUT_MILLIS / 1000.0 + "S")));
            try {
                // Answers with and without content go back to the pool on different paths.
                URI withContent = URI.create("http://127.0.0.1:" + gateway.port() + "/token");
                URI noContent = URI.create("http://127.0.0.1:" + gateway.port() + RecordingUpstream.NO_CONTENT);
                URI slow = URI.create("http://127.0.0.1:" + gateway.port() + RecordingUpstream.SLOW);
                for (int round = 0; round < 4; round++) {
                    HttpResponse<String> first = post(round % 2 == 0 ? withContent : noContent);
                    assertEquals(round % 2 == 0 ? 200 : 204, first.statusCode(), first.body());
                    // The next request goes out before the old timeout would end the idle read, and
                    // its answer comes after it: the idle read must still be waiting, not failed.
                    Thread.sleep(TIMEOUT_MILLIS - RecordingUpstream.SLOW_MILLIS / 2);
                    HttpResponse<String> answer = post(slow);
                    assertEquals(200, answer.statusCode(), answer.body());
                    assertEquals("slow", answer.body());
                }
                assertEquals(1, upstream.connections(), "every request on the one pooled connection");
            } finally {
                gateway.stop();
            }
        }
    }

    @Test
    void anUpstreamThatStopsAnsweringOnAPooledConnectionIsStill504() throws Exception {
        try (RecordingUpstream upstream = new RecordingUpstream()) {
            WebServer gateway = GatewayServer.start(RoutingTest.config(Map.of(
                    "sigillum.gateway.upstream.issuance.url", upstream.url(),
                    "sigillum.gateway.upstream-timeout", "PT" + TIMEOUT_MILLIS / 1000.0 + "S")));
            try {
                assertEquals(200, post(URI.create("http://127.0.0.1:" + gateway.port() + "/token")).statusCode());
                // The hang ends only when the upstream closes, long after the test would give up.
                HttpResponse<String> hung = post(URI.create("http://127.0.0.1:" + gateway.port() + "/nonce/hang"));
                assertEquals(504, hung.statusCode(), hung.body());
                assertTrue(hung.body().contains("urn:sigillum:problem:gateway:upstream-timeout"), hung.body());
                assertEquals(1, upstream.connections(), "the hanging request went on the pooled connection");

                HttpResponse<String> after = post(URI.create("http://127.0.0.1:" + gateway.port() + "/token"));
                assertEquals(200, after.statusCode(), "the next request gets a connection that is not hung");
            } finally {
                gateway.stop();
            }
        }
    }

    @Test
    void aRouteWithItsOwnUpstreamTimeoutWaitsThatLong() throws Exception {
        try (RecordingUpstream upstream = new RecordingUpstream()) {
            Map<String, String> settings = Map.of("sigillum.gateway.upstream.issuance.url", upstream.url(),
                    "sigillum.gateway.upstream-timeout", "PT0.1S");
            WebServer shortWait = GatewayServer.start(RoutingTest.config(settings));
            Map<String, String> longer = new HashMap<>(settings);
            longer.put("sigillum.gateway.routes.issuance-token.upstream-timeout", "PT5S");
            WebServer longWait = GatewayServer.start(RoutingTest.config(longer));
            try {
                assertEquals(504, post(URI.create("http://127.0.0.1:" + shortWait.port() + RecordingUpstream.SLOW)).statusCode());
                HttpResponse<String> answer = post(URI.create("http://127.0.0.1:" + longWait.port() + RecordingUpstream.SLOW));
                assertEquals(200, answer.statusCode(), answer.body());
                assertEquals("slow", answer.body());
            } finally {
                shortWait.stop();
                longWait.stop();
            }
        }
    }

    private static HttpResponse<String> post(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("grant_type=x")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
