package io.sigillum.gateway.problem;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import io.sigillum.observability.CorrelationId;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The gateway's problems (RFC 9457), {@code application/problem+json} with the request's
 * {@code correlation_id} when there is one. Details are fixed sentences: they never name an
 * upstream's host or port, nor carry an exception's message.
 */
public final class Problems {

    /** The media type of every problem (RFC 9457 §3). */
    public static final Header PROBLEM_JSON = HeaderValues.createCached(HeaderNames.CONTENT_TYPE, "application/problem+json");
    /** A problem about this attempt must not be served again from a cache. */
    public static final Header NO_STORE = HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "no-store");

    private static final JsonProvider JSON = JsonProvider.provider();

    private Problems() {
    }

    /** Sends the problem as the whole response. */
    public static void send(ServerResponse response, Status status, String type, String title, String detail) {
        send(response, status, type, title, detail, Map.of());
    }

    /**
     * As {@link #send(ServerResponse, Status, String, String, String)}, with extension members
     * (RFC 9457 §3.2) that are arrays of strings, such as the {@code violated-policies} of
     * draft-ietf-httpapi-ratelimit-headers.
     */
    public static void send(ServerResponse response, Status status, String type, String title, String detail,
                            Map<String, List<String>> extensions) {
        response.status(status).header(PROBLEM_JSON).header(NO_STORE).send(body(status, type, title, detail, extensions));
    }

    /** The problem's bytes, for answers written outside the routing (Helidon's direct handlers). */
    public static byte[] body(Status status, String type, String title, String detail) {
        return body(status, type, title, detail, Map.of());
    }

    private static byte[] body(Status status, String type, String title, String detail, Map<String, List<String>> extensions) {
        JsonObjectBuilder problem = JSON.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status.code())
                .add("detail", detail);
        extensions.forEach((name, values) -> problem.add(name, JSON.createArrayBuilder(values)));
        CorrelationId.current().ifPresent(id -> problem.add("correlation_id", id));
        return problem.build().toString().getBytes(StandardCharsets.UTF_8);
    }
}
