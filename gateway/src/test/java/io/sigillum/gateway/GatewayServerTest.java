package io.sigillum.gateway;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatewayServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static WebServer readyUpstream;
    private static WebServer unreadyUpstream;

    @BeforeAll
    static void upstreams() {
        readyUpstream = upstreamAnswering(Status.OK_200);
        unreadyUpstream = upstreamAnswering(Status.SERVICE_UNAVAILABLE_503);
    }

    @AfterAll
    static void stopUpstreams() {
        readyUpstream.stop();
        unreadyUpstream.stop();
    }

    private static WebServer upstreamAnswering(Status status) {
        return WebServer.builder().host("127.0.0.1").port(0)
                .routing(r -> r.get("/health/ready", (req, res) -> res.status(status).send("{}")))
                .build().start();
    }

    private static Config config(int port, Map<String, String> upstreams) {
        Map<String, String> settings = new HashMap<>();
        settings.put("server.host", "127.0.0.1");
        settings.put("server.port", String.valueOf(port));
        settings.put("sigillum.gateway.upstream-timeout", "PT1S");
        upstreams.forEach((name, url) -> settings.put("sigillum.gateway.upstream." + name + ".url", url));
        return Config.just(ConfigSources.create(settings));
    }

    private static HttpResponse<String> get(WebServer gateway, String path, String correlationId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + path));
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String url(WebServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    @Test
    void isReadyWhenEveryUpstreamIs() throws Exception {
        WebServer gateway = GatewayServer.start(config(0, Map.of("issuance", url(readyUpstream), "status", url(readyUpstream))));
        try {
            HttpResponse<String> ready = get(gateway, "/health/ready", null);
            assertEquals(200, ready.statusCode());
            assertEquals("{\"status\":\"UP\",\"checks\":[{\"name\":\"issuance\",\"status\":\"UP\"},"
                    + "{\"name\":\"status\",\"status\":\"UP\"}]}", ready.body());
        } finally {
            gateway.stop();
        }
    }

    @Test
    void isNotReadyWhileAnUpstreamIsDownOrUnready() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        WebServer gateway = GatewayServer.start(config(0, Map.of(
                "issuance", url(readyUpstream),
                "status", url(unreadyUpstream),
                "trust-registry", "http://127.0.0.1:" + closedPort)));
        try {
            HttpResponse<String> ready = get(gateway, "/health/ready", null);
            assertEquals(503, ready.statusCode());
            assertEquals("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"issuance\",\"status\":\"UP\"},"
                    + "{\"name\":\"status\",\"status\":\"DOWN\"},{\"name\":\"trust-registry\",\"status\":\"DOWN\"}]}",
                    ready.body());
            assertEquals(200, get(gateway, "/health/live", null).statusCode(), "liveness does not depend on upstreams");
        } finally {
            gateway.stop();
        }
    }

    @Test
    void echoesAnAcceptableCorrelationIdAndReplacesAForgedOne() throws Exception {
        WebServer gateway = GatewayServer.start(config(0, Map.of()));
        try {
            assertEquals("trace-7", get(gateway, "/health/live", "trace-7").headers().firstValue("X-Correlation-Id").orElseThrow());
            String replaced = get(gateway, "/health/live", "x".repeat(80)).headers().firstValue("X-Correlation-Id").orElseThrow();
            assertEquals(36, replaced.length());
        } finally {
            gateway.stop();
        }
    }

    @Test
    void aTakenPortIsOneClearReason() throws IOException {
        try (ServerSocket holder = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> GatewayServer.start(config(holder.getLocalPort(), Map.of())));
            assertEquals("not listening: port " + holder.getLocalPort() + " on 127.0.0.1 is in use", GatewayServer.reason(e));
            assertTrue(!GatewayServer.reason(e).contains("\n"));
        }
    }
}
