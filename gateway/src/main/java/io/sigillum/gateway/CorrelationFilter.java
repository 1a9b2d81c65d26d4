package io.sigillum.gateway;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.sigillum.observability.CorrelationId;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Gives every request a correlation id (the caller's, if acceptable) and returns it. */
final class CorrelationFilter implements Filter {

    static final HeaderName HEADER = HeaderNames.create(CorrelationId.HEADER);

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String offered = request.headers().first(HEADER).orElse(null);
        // Most public callers send none. An id only ties log lines together: it is no secret and
        // needs no SecureRandom, whose cost showed on the status-list hot path.
        String id = offered == null ? new UUID(ThreadLocalRandom.current().nextLong() & ~0xF000L | 0x4000L,
                ThreadLocalRandom.current().nextLong() & ~(3L << 62) | (2L << 62)).toString()
                : CorrelationId.acceptOrCreate(offered);
        response.header(HEADER, id);
        CorrelationId.set(id);
        try {
            chain.proceed();
        } finally {
            CorrelationId.clear();
        }
    }
}
