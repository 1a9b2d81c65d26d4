package io.sigillum.gateway.access;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs one line per request on the logger {@value #LOGGER} at {@code INFO}, once it is answered:
 * {@code method=POST route=issuance-credential status=200 duration_ms=12.345}. The line carries
 * the correlation id through the log formatter, for it runs inside {@code CorrelationFilter}.
 * {@code status=aborted} marks an exchange that broke off before an answer went out. Set the
 * logger's level to {@code OFF} to silence it.
 */
public final class AccessLog implements Filter {

    /** The logger's name, for {@code logging.properties}. */
    public static final String LOGGER = "io.sigillum.gateway.access";

    private static final Logger LOG = Logger.getLogger(LOGGER);

    /** The first path segments of the gateway's own routes, which are their labels. */
    private final Set<String> ownRoutes;

    /** @param ownRoutes the first path segments that name the gateway's own routes ({@code health}, {@code metrics} …) */
    public AccessLog(Set<String> ownRoutes) {
        this.ownRoutes = Set.copyOf(ownRoutes);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long start = System.nanoTime();
        try {
            chain.proceed();
        } finally {
            if (LOG.isLoggable(Level.INFO)) {
                LOG.info(line(request, response, System.nanoTime() - start));
            }
        }
    }

    private String line(RoutingRequest request, RoutingResponse response, long nanos) {
        String route = RouteLabel.of(request).orElseGet(() -> ownRoute(request.prologue().uriPath().rawPath()));
        return "method=" + request.prologue().method().text()
                + " route=" + route
                + " status=" + (response.isSent() ? String.valueOf(response.status().code()) : "aborted")
                + " duration_ms=" + millis(nanos);
    }

    /** Milliseconds with three decimals ({@code 12.345}), without a formatter on every request. */
    static String millis(long nanos) {
        long micros = Math.max(0, nanos) / 1_000;
        long fraction = micros % 1_000;
        return (micros / 1_000) + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
    }

    /** The gateway's own route by its first segment; anything else (a refused request) is {@code -}. */
    private String ownRoute(String rawPath) {
        int end = rawPath.indexOf('/', 1);
        String first = end < 0 ? rawPath.substring(Math.min(1, rawPath.length())) : rawPath.substring(1, end);
        return ownRoutes.contains(first) ? first : "-";
    }
}
