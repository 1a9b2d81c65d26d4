package io.sigillum.gateway;

import io.helidon.webserver.WebServer;
import io.sigillum.observability.CorrelationId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One access-log line per request, with the correlation id, and none of the request's secrets. */
class AccessLogTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Logger ACCESS = Logger.getLogger("io.sigillum.gateway.access");

    /** A line as logged, with the correlation id bound when it was (the JSON formatter adds it from there). */
    private record Line(String message, String correlationId) {
    }

    private static final List<Line> LINES = new ArrayList<>();
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (LINES) {
                LINES.add(new Line(record.getMessage(), CorrelationId.current().orElse(null)));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private static RecordingUpstream upstream;
    private static WebServer gateway;

    @BeforeAll
    static void start() {
        ACCESS.addHandler(CAPTURE);
        upstream = new RecordingUpstream();
        gateway = GatewayServer.start(RoutingTest.config(Map.of(
                "sigillum.gateway.upstream.issuance.url", upstream.url())));
    }

    @AfterAll
    static void stop() {
        gateway.stop();
        upstream.close();
        ACCESS.removeHandler(CAPTURE);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder to(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + pathAndQuery));
    }

    /**
     * The line logged for the answer with this correlation id. It is written once the answer is
     * out, so it may come a moment after the client has the answer.
     */
    private static String lineFor(HttpResponse<?> answer) throws InterruptedException {
        String id = answer.headers().firstValue("X-Correlation-Id").orElseThrow();
        for (int wait = 0; wait < 500; wait++) {
            synchronized (LINES) {
                List<String> lines = LINES.stream().filter(l -> id.equals(l.correlationId())).map(Line::message).toList();
                if (!lines.isEmpty()) {
                    assertEquals(1, lines.size(), "one line per request: " + lines);
                    return lines.getFirst();
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no access-log line for " + id);
    }

    @Test
    void eachRequestIsOneLineWithMethodRouteStatusAndDuration() throws Exception {
        assertTrue(lineFor(send(to("/nonce").POST(HttpRequest.BodyPublishers.ofString("{}"))))
                .matches("method=POST route=issuance-nonce status=200 duration_ms=\\d+\\.\\d{3}"));
        assertTrue(lineFor(send(to("/nope"))).startsWith("method=GET route=unrouted status=404 "));
        assertTrue(lineFor(send(to("/health/live"))).startsWith("method=GET route=health status=200 "));
        assertTrue(lineFor(send(to("/admin/issuance/offers"))).startsWith("method=GET route=admin-issuance status=401 "));
        assertTrue(lineFor(send(to("/token/%2e%2e/x"))).startsWith("method=GET route=- status=400 "));
    }

    @Test
    void noTokenProofCodeOrPathReachesTheLog() throws Exception {
        String token = TestTokens.shared().withRoles("issuer-admin");
        String proof = "eyJ0eXAiOiJkcG9wK2p3dCJ9.eyJodG0iOiJQT1NUIn0.c2lnbmF0dXJlLW9mLXRoZS1wcm9vZg";
        List<HttpResponse<String>> answers = List.of(
                send(to("/admin/issuance/offers?note=x").header("Authorization", "Bearer " + token)),
                send(to("/credential").POST(HttpRequest.BodyPublishers.ofString("{\"proof\":\"body-secret-4711\"}"))
                        .header("Authorization", "DPoP access-token-secret-0815").header("DPoP", proof)),
                send(to("/token?pre-authorized_code=code-secret-1234&tx_code=9876")),
                send(to("/credential-offers/offer-capability-5555")));
        for (HttpResponse<String> answer : answers) {
            String line = lineFor(answer);
            for (String secret : List.of("access-token-secret", "body-secret", "code-secret", "9876", "offer-capability",
                    "Bearer", "DPoP", "note=x", "?", "127.0.0.1")) {
                assertFalse(line.contains(secret), secret + " reached the access log: " + line);
            }
            for (String part : (token + "." + proof).split("\\.")) {
                assertFalse(line.contains(part), "a JWS part reached the access log: " + line);
            }
        }
        assertTrue(lineFor(answers.get(3)).startsWith("method=GET route=issuance-credential-offers status=201 "));
    }

    @Test
    void theLoggerCanBeSilenced() throws Exception {
        Level before = ACCESS.getLevel();
        ACCESS.setLevel(Level.OFF);
        try {
            HttpResponse<String> answer = send(to("/nonce"));
            String id = answer.headers().firstValue("X-Correlation-Id").orElseThrow();
            synchronized (LINES) {
                assertTrue(LINES.stream().noneMatch(l -> id.equals(l.correlationId())));
            }
        } finally {
            ACCESS.setLevel(before);
        }
    }
}
