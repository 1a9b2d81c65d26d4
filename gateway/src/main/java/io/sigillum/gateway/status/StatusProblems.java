package io.sigillum.gateway.status;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import io.sigillum.observability.CorrelationId;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * The gateway's problems (RFC 9457) on the status-list path, {@code application/problem+json}
 * with the request's {@code correlation_id}. Details never name hosts or carry stack traces.
 */
final class StatusProblems {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Header PROBLEM_JSON = HeaderValues.createCached(HeaderNames.CONTENT_TYPE, "application/problem+json");
    private static final Header NO_STORE = HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "no-store");

    private StatusProblems() {
    }

    /** 404, as the status service says it (same type), for unknown and for unacceptable ids. */
    static void unknownList(ServerResponse response) {
        send(response, Status.NOT_FOUND_404, "urn:sigillum:problem:status:unknown-list", "Unknown status list",
                "No status list has this id.");
    }

    static void notAcceptable(ServerResponse response) {
        send(response, Status.NOT_ACCEPTABLE_406, "about:blank", "Not Acceptable",
                "A status list is served as application/statuslist+jwt or application/statuslist+cwt.");
    }

    static void invalidQuery(ServerResponse response) {
        send(response, Status.BAD_REQUEST_400, "about:blank", "Bad Request",
                "The query is not one the status list API accepts (time, draft-ietf-oauth-status-list §8.4).");
    }

    static void badGateway(ServerResponse response) {
        response.header(NO_STORE);
        send(response, Status.BAD_GATEWAY_502, "urn:sigillum:problem:gateway:upstream-unavailable", "Upstream unavailable",
                "The status service is unavailable and this list is not held by the gateway.");
    }

    static void gatewayTimeout(ServerResponse response) {
        response.header(NO_STORE);
        send(response, Status.GATEWAY_TIMEOUT_504, "urn:sigillum:problem:gateway:upstream-timeout", "Upstream timeout",
                "The status service did not answer in time and this list is not held by the gateway.");
    }

    private static void send(ServerResponse response, Status status, String type, String title, String detail) {
        JsonObjectBuilder problem = JSON.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status.code())
                .add("detail", detail);
        CorrelationId.current().ifPresent(id -> problem.add("correlation_id", id));
        response.status(status).header(PROBLEM_JSON).send(problem.build().toString());
    }
}
