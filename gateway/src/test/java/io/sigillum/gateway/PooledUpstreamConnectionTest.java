package io.sigillum.gateway;

import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

    private RecordingUpstream upstream;
    private WebServer gateway;

    @BeforeEach
    void start() {
        upstream = new RecordingUpstream();
        gateway = GatewayServer.start(RoutingTest.config(Map.of(
                "sigillum.gateway.upstream.issuance.url", upstream.url(),
                "sigillum.gateway.upstream-timeout", "PT" + TIMEOUT_MILLIS / 1000.0 + "S")));
    }

    @AfterEach
    void stop() {
        gateway.stop();
        upstream.close();
    }

    @Test
    void aConnectionReusedAtTheUpstreamTimeoutCarriesItsRequestToTheAnswer() throws Exception {
        for (int round = 0; round < 4; round++) {
            // Answers with and without content go back to the pool on different paths.
            HttpResponse<String> first = post(gateway, round % 2 == 0 ? "/token" : RecordingUpstream.NO_CONTENT);
            assertEquals(round % 2 == 0 ? 200 : 204, first.statusCode(), first.body());
            // The next request goes out before the old timeout would end the idle read, and its
            // answer comes after it: the idle read must still be waiting, not failed.
            Thread.sleep(TIMEOUT_MILLIS - RecordingUpstream.SLOW_MILLIS / 2);
            HttpResponse<String> answer = post(gateway, RecordingUpstream.SLOW);
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals("slow", answer.body());
        }
        assertEquals(1, upstream.connections(), "every request on the one pooled connection");
    }

    @Test
    void anUpstreamThatStopsAnsweringOnAPooledConnectionIsStill504() throws Exception {
        assertEquals(200, post(gateway, "/token").statusCode());
        // The hang ends only when the upstream closes, long after the test would give up.
        HttpResponse<String> hung = post(gateway, "/nonce/hang");
        assertEquals(504, hung.statusCode(), hung.body());
        assertTrue(hung.body().contains("urn:sigillum:problem:gateway:upstream-timeout"), hung.body());
        assertEquals(1, upstream.connections(), "the hanging request went on the pooled connection");

        HttpResponse<String> after = post(gateway, "/token");
        assertEquals(200, after.statusCode(), "the next request gets a connection that is not hung");
    }

    @Test
    void aRouteWithItsOwnUpstreamTimeoutWaitsThatLong() throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("sigillum.gateway.upstream.issuance.url", upstream.url(),
                "sigillum.gateway.upstream-timeout", "PT0.1S"));
        WebServer shortWait = GatewayServer.start(RoutingTest.config(settings));
        settings.put("sigillum.gateway.routes.issuance-token.upstream-timeout", "PT5S");
        WebServer longWait = GatewayServer.start(RoutingTest.config(settings));
        try {
            assertEquals(504, post(shortWait, RecordingUpstream.SLOW).statusCode());
            HttpResponse<String> answer = post(longWait, RecordingUpstream.SLOW);
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals("slow", answer.body());
        } finally {
            shortWait.stop();
            longWait.stop();
        }
    }

    private static HttpResponse<String> post(WebServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=x")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
