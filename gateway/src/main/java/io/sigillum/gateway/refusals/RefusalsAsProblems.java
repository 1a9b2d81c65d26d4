package io.sigillum.gateway.refusals;

import io.helidon.http.DirectHandler;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.sigillum.gateway.headers.SecurityHeaders;
import io.sigillum.gateway.problem.Problems;

/**
 * Helidon's own refusals, made before routing (a declared body above the limit, a header section
 * above the parser's limit, a malformed request line or header) or while a body is read (a
 * chunked body growing past the limit), as problems like the gateway's others, with the same
 * security headers. Helidon's message
 * is ignored: it may quote the request back.
 */
public final class RefusalsAsProblems implements DirectHandler {

    private final long maxBodyBytes;

    public RefusalsAsProblems(RequestLimits limits) {
        this.maxBodyBytes = limits.maxBodyBytes();
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        byte[] body = switch (status.code()) {
            case 413 -> Problems.body(status, "urn:sigillum:problem:gateway:body-too-large", "Content too large",
                    "The request body exceeds " + maxBodyBytes + " bytes.");
            case 400 -> Problems.body(status, "about:blank", status.reasonPhrase(), "The request is not well-formed HTTP.");
            default -> Problems.body(status, "about:blank", status.reasonPhrase(), "The gateway could not take this request.");
        };
        headers.set(Problems.PROBLEM_JSON);
        headers.set(Problems.NO_STORE);
        SecurityHeaders.applyTo(headers);
        return TransportResponse.builder().status(status).headers(headers).entity(body).build();
    }
}
