package io.sigillum.gateway.routing;

import io.helidon.http.Status;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.sigillum.gateway.auth.AuthorizeRoute;
import io.sigillum.gateway.problem.Problems;

import java.time.Duration;

/**
 * The gateway's last route: every request that none of its own routes (health, metrics, the
 * status-list edge) took goes to the upstream the route table names, once the route's access rule
 * lets it (see {@link AuthorizeRoute}), or is answered 404 without reaching any service.
 */
public final class RoutingHandler implements Handler {

    private final RouteTable table;
    private final AuthorizeRoute authorize;
    private final ForwardToUpstream forward;
    private final RouteMetrics metrics;

    /**
     * @param client     see {@link ForwardToUpstream#ForwardToUpstream(WebClient, Duration)}
     * @param retryAfter what a 503 for an unreachable upstream advises
     */
    public RoutingHandler(RouteTable table, AuthorizeRoute authorize, WebClient client, Duration retryAfter,
                          RouteMetrics metrics) {
        this.table = table;
        this.authorize = authorize;
        this.forward = new ForwardToUpstream(client, retryAfter);
        this.metrics = metrics;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        Route route = table.match(request.prologue().uriPath().rawPath());
        if (route == null) {
            metrics.unrouted();
            Problems.send(response, Status.NOT_FOUND_404, "urn:sigillum:problem:gateway:unknown-route", "Not Found",
                    "Nothing is served at this path.");
            return;
        }
        metrics.requested(route);
        Status refused = authorize.refusal(route.access(), route.name(), request, response);
        if (refused != null) {
            metrics.answered(route, new ForwardToUpstream.Exchange(refused.code(), -1, null));
            return;
        }
        ForwardToUpstream.Exchange exchange;
        try {
            exchange = forward.forward(route, request, response);
        } catch (RuntimeException e) {
            metrics.aborted(route);
            throw e;
        }
        metrics.answered(route, exchange);
    }
}
