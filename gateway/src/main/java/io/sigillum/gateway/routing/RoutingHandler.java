package io.sigillum.gateway.routing;

import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.sigillum.gateway.access.RouteLabel;
import io.sigillum.gateway.auth.Admission;
import io.sigillum.gateway.auth.AuthorizeRoute;
import io.sigillum.gateway.client.ClientAddresses;
import io.sigillum.gateway.problem.Problems;
import io.sigillum.gateway.ratelimit.RateLimits;

import java.net.InetAddress;

/**
 * The gateway's last route: every request that none of its own routes (health, metrics, the
 * status-list edge) took goes to the upstream the route table names, once the route's access rule
 * lets it (see {@link AuthorizeRoute}) and its rate limit has a token for the client (see
 * {@link RateLimits}: by subject once authenticated, else by address), or is answered 404
 * without reaching any service.
 */
public final class RoutingHandler implements Handler {

    private final RouteTable table;
    private final AuthorizeRoute authorize;
    private final RateLimits rateLimits;
    private final ForwardToUpstream forward;
    private final RouteMetrics metrics;
    private final ClientAddresses clients;

    public RoutingHandler(RouteTable table, AuthorizeRoute authorize, RateLimits rateLimits, Forwarding forwarding,
                          RouteMetrics metrics, ClientAddresses clients) {
        this.table = table;
        this.authorize = authorize;
        this.rateLimits = rateLimits;
        this.forward = new ForwardToUpstream(forwarding);
        this.metrics = metrics;
        this.clients = clients;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        Route route = table.match(request.prologue().uriPath().rawPath());
        if (route == null) {
            RouteLabel.set(request, RouteLabel.UNROUTED);
            metrics.unrouted();
            Problems.send(response, Status.NOT_FOUND_404, "urn:sigillum:problem:gateway:unknown-route", "Not Found",
                    "Nothing is served at this path.");
            return;
        }
        RouteLabel.set(request, route.name());
        metrics.requested(route);
        // Authentication first: only a caller who passed it spends the subject's quota (a stranger
        // cannot use someone's up), and refusals cost the limit nothing.
        Admission admission = authorize.admit(route.access(), route.name(), request, response);
        if (admission instanceof Admission.Refused refused) {
            metrics.answered(route, new ForwardToUpstream.Exchange(refused.status().code(), -1, null));
            return;
        }
        InetAddress client = clients.of(request).orElse(null);
        Status limited = rateLimits.refusal(route.name(),
                admission instanceof Admission.Bearer bearer ? bearer.subject() : null, client, response);
        if (limited != null) {
            metrics.answered(route, new ForwardToUpstream.Exchange(limited.code(), -1, null));
            return;
        }
        ForwardToUpstream.Exchange exchange;
        try {
            exchange = forward.forward(route, request, response, client);
        } catch (RuntimeException e) {
            metrics.aborted(route);
            throw e;
        }
        metrics.answered(route, exchange);
    }

    /** The route check's background work (a JWKS refresh) ends with the server. */
    @Override
    public void afterStop() {
        authorize.stop();
    }
}
