package io.sigillum.gateway;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.sigillum.observability.CorrelationId;

/** Gives every request a correlation id (the caller's, if acceptable) and returns it. */
final class CorrelationFilter implements Filter {

    static final HeaderName HEADER = HeaderNames.create(CorrelationId.HEADER);

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String id = CorrelationId.acceptOrCreate(request.headers().first(HEADER).orElse(null));
        response.header(HEADER, id);
        CorrelationId.set(id);
        try {
            chain.proceed();
        } finally {
            CorrelationId.clear();
        }
    }
}
