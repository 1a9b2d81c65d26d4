package io.sigillum.gateway;

import io.sigillum.events.testing.Await;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.webserver.WebServer;
import io.sigillum.events.EventEnvelope;
import io.sigillum.events.JmsEventPublisher;
import io.sigillum.events.testing.EmbeddedBroker;
import jakarta.jms.JMSContext;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code status.published} events through a real (embedded) Artemis broker: the gateway starts
 * without the broker, subscribes once it is there, and refetches a list the moment an event
 * names it, long before its max-age ends.
 */
class StatusPublishedEventsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String LIST = "list-7";

    @Test
    void anEventRefreshesAHeldListBeforeItsMaxAgeEnds(@TempDir Path work) throws Exception {
        int brokerPort = EmbeddedBroker.freePort();
        try (FakeStatusService upstream = new FakeStatusService()) {
            upstream.publish(LIST, 1);
            upstream.maxAge(3600);
            WebServer gateway = GatewayServer.start(Config.just(ConfigSources.create(Map.of(
                    "server.host", "127.0.0.1",
                    "server.port", "0",
                    "sigillum.gateway.upstream.status.url", upstream.url(),
                    "sigillum.broker.url", EmbeddedBroker.url(brokerPort),
                    "sigillum.gateway.status.reconnect-max", "PT0.5S"))));
            try {
                // No broker yet: the gateway serves all the same.
                assertArrayEquals(FakeStatusService.token(LIST, 1, "jwt"), get(gateway, "/status-lists/" + LIST).body());
                assertTrue(metrics(gateway).contains("sigillum_gateway_status_events_connected 0"));

                try (EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"), brokerPort)) {
                    Await.until("the gateway subscribed", () -> metrics(gateway).contains("sigillum_gateway_status_events_connected 1"));
                    int before = upstream.calls();

                    upstream.publish(LIST, 2);
                    try (JMSContext context = broker.connectionFactory().createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
                        new JmsEventPublisher(context).publish(context.createTopic("sigillum.status.published"),
                                EventEnvelope.of("status.published", 1, Json.createObjectBuilder()
                                        .add("uri", "https://example.com/status-lists/" + LIST)
                                        .add("list_id", LIST).add("version", 2).build()));
                    }
                    Await.until("the held list shows version 2", () -> new String(get(gateway, "/status-lists/" + LIST).body(),
                            StandardCharsets.US_ASCII).startsWith("jwt:" + LIST + ":2:"));
                    HttpResponse<byte[]> refreshed = get(gateway, "/status-lists/" + LIST);
                    assertEquals("hit", refreshed.headers().firstValue("X-Sigillum-Cache").orElseThrow());
                    assertEquals(FakeStatusService.etag(LIST, 2, "jwt"), refreshed.headers().firstValue("ETag").orElseThrow());
                    assertTrue(upstream.calls() > before);
                    assertTrue(metrics(gateway).matches("(?s).*sigillum_gateway_status_cache_event_refreshes_total [1-9].*"));
                }
                Await.until("the gateway noticed the broker left", () -> metrics(gateway).contains("sigillum_gateway_status_events_connected 0"));
                assertEquals(200, get(gateway, "/status-lists/" + LIST).statusCode(), "still serving without the broker");
            } finally {
                gateway.stop();
            }
        }
    }

    private static HttpResponse<byte[]> get(WebServer gateway, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String metrics(WebServer gateway) {
        return new String(get(gateway, "/metrics").body(), StandardCharsets.UTF_8);
    }
}
