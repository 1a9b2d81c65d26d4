package io.sigillum.gateway.headers;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Sets the security headers (see {@link SecurityHeaders}) before any route runs, so every answer
 * has them, refusals included. Relaying an upstream's answer then replaces the ones it sets itself.
 */
public final class SecurityHeadersFilter implements Filter {

    private final SecurityHeaders headers;

    public SecurityHeadersFilter(SecurityHeaders headers) {
        this.headers = headers;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        headers.apply(response, request.isSecure());
        chain.proceed();
    }
}
