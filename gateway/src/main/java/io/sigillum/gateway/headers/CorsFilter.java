package io.sigillum.gateway.headers;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.sigillum.gateway.access.RouteLabel;
import io.sigillum.gateway.problem.Problems;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * CORS for the wallet-facing paths (see {@link CorsPolicy}). The gateway answers preflights
 * itself, before any route, limit or service: 204 with what is allowed when the origin, method and
 * headers asked for all are, else a 403 problem without any {@code Access-Control-*} field, which
 * the browser takes as a no. Other requests from a let-in origin get
 * {@code Access-Control-Allow-Origin} and the exposed headers, set before the route runs so its
 * refusals (401, 429 …) are readable by the wallet too. Paths that are not wallet-facing (the
 * admin routes, metrics, health) get nothing, and preflights for them are refused.
 */
public final class CorsFilter implements Filter {

    private static final Header VARY_ORIGIN = HeaderValues.createCached(HeaderNames.VARY, "Origin");
    private static final Header ALLOW_CREDENTIALS = HeaderValues.createCached(
            HeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");

    private final CorsPolicy policy;
    private final Predicate<String> walletFacing;

    /** @param walletFacing whether a raw path is one of the wallet-facing routes */
    public CorsFilter(CorsPolicy policy, Predicate<String> walletFacing) {
        this.policy = policy;
        this.walletFacing = walletFacing;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (!policy.enabled()) {
            chain.proceed();
            return;
        }
        String origin = request.headers().first(HeaderNames.ORIGIN).orElse(null);
        boolean wallet = walletFacing.test(request.prologue().uriPath().rawPath());
        if (wallet) {
            // The answer depends on Origin: a shared cache must not give one origin's to another.
            response.header(VARY_ORIGIN);
        }
        if (origin != null && Method.OPTIONS.equals(request.prologue().method())
                && request.headers().contains(HeaderNames.ACCESS_CONTROL_REQUEST_METHOD)) {
            preflight(request, response, origin, wallet);
            return;
        }
        String allowed = wallet && origin != null ? policy.allowOrigin(origin) : null;
        if (allowed != null) {
            allow(response, allowed);
            response.header(policy.exposeHeaders());
        }
        chain.proceed();
    }

    private void preflight(RoutingRequest request, RoutingResponse response, String origin, boolean wallet) {
        RouteLabel.set(request, "cors-preflight");
        String allowed = wallet ? policy.allowOrigin(origin) : null;
        String method = request.headers().first(HeaderNames.ACCESS_CONTROL_REQUEST_METHOD).orElse("");
        if (allowed == null || !policy.methods().contains(method) || !headersAllowed(request)) {
            Problems.send(response, Status.FORBIDDEN_403, "urn:sigillum:problem:gateway:cors-refused",
                    "Cross-origin request refused", "This origin, method or header is not allowed on this path.");
            return;
        }
        allow(response, allowed);
        response.status(Status.NO_CONTENT_204)
                .header(policy.allowMethods())
                .header(policy.allowHeaders())
                .header(policy.maxAge())
                .send();
    }

    private void allow(RoutingResponse response, String allowedOrigin) {
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, allowedOrigin);
        if (policy.credentials()) {
            response.header(ALLOW_CREDENTIALS);
        }
    }

    /** Every field named in {@code Access-Control-Request-Headers}, compared case-insensitively. */
    private boolean headersAllowed(RoutingRequest request) {
        for (String field : request.headers().all(HeaderNames.ACCESS_CONTROL_REQUEST_HEADERS, List::of)) {
            for (String name : field.split(",")) {
                String trimmed = name.strip().toLowerCase(Locale.ROOT);
                if (!trimmed.isEmpty() && !policy.headers().contains(trimmed)) {
                    return false;
                }
            }
        }
        return true;
    }
}
