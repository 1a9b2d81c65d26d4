package io.sigillum.gateway.health;

import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code GET /health/live}: the gateway process answers. */
public final class LivenessHandler implements Handler {

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        response.header(HeaderValues.CONTENT_TYPE_JSON).send("{\"status\":\"UP\",\"checks\":[]}");
    }
}
