package io.sigillum.gateway.refusals;

import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.sigillum.gateway.problem.Problems;

/**
 * Refuses, before any route runs, what must not reach a route or an upstream: ambiguous framing
 * (400), traversal in the path (400) and a header section above {@link RequestLimits#maxHeaderBytes()}
 * (431). Each answer closes the connection: the body of a refused request is left unread, and
 * after an ambiguous framing nothing on the connection can be trusted.
 */
public final class RefuseBadRequests implements Filter {

    /** RFC 6585 §5; Helidon has no constant for it. */
    static final Status HEADERS_TOO_LARGE_431 = Status.create(431, "Request Header Fields Too Large");

    private final int maxHeaderBytes;

    public RefuseBadRequests(RequestLimits limits) {
        this.maxHeaderBytes = limits.maxHeaderBytes();
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String framing = MessageFraming.refusal(request.headers());
        if (framing != null) {
            refuse(response, Status.BAD_REQUEST_400, "ambiguous-framing", "Ambiguous message framing", framing);
        } else if (PathTraversal.refused(request.prologue().uriPath().rawPath())) {
            refuse(response, Status.BAD_REQUEST_400, "path-traversal", "Path not accepted",
                    "The path has a dot-segment, an encoded separator or a backslash.");
        } else if (HeaderSection.bytes(request.headers()) > maxHeaderBytes) {
            refuse(response, HEADERS_TOO_LARGE_431, "headers-too-large", "Request header fields too large",
                    "The request's header fields exceed " + maxHeaderBytes + " bytes.");
        } else {
            chain.proceed();
        }
    }

    private static void refuse(RoutingResponse response, Status status, String type, String title, String detail) {
        response.header(HeaderValues.CONNECTION_CLOSE);
        Problems.send(response, status, "urn:sigillum:problem:gateway:" + type, title, detail);
        // Helidon would otherwise read on: an unread body, or the rest of an ambiguously framed
        // one, as the next request on this connection.
        throw new CloseConnectionException("refused: " + type);
    }
}
