package io.sigillum.gateway.access;

import io.helidon.webserver.http.ServerRequest;

import java.util.Optional;

/**
 * The name the access log gives a request's route: a route table name, {@code unrouted}, or one of
 * the gateway's own. Handlers set it on the request's context; the access log reads it.
 */
public record RouteLabel(String name) {

    /** A request no route covered. */
    public static final String UNROUTED = "unrouted";

    public static void set(ServerRequest request, String name) {
        request.context().register(new RouteLabel(name));
    }

    static Optional<String> of(ServerRequest request) {
        return request.context().get(RouteLabel.class).map(RouteLabel::name);
    }
}
