package io.sigillum.gateway.health;

import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.sigillum.gateway.Upstreams;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code GET /health/ready}: ready when every upstream's own {@code /health/ready} answers 200.
 * Upstreams are asked in parallel, each within the upstream timeout, so one slow service costs
 * the probe one timeout, not the sum. The body lists each upstream's state, as MicroProfile Health does.
 */
public final class ReadinessHandler implements Handler {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final Upstreams upstreams;
    private final WebClient client;

    public ReadinessHandler(Upstreams upstreams, WebClient client) {
        this.upstreams = upstreams;
        this.client = client;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        Map<String, Boolean> ready = check();
        boolean all = ready.values().stream().allMatch(Boolean::booleanValue);
        JsonArrayBuilder checks = JSON.createArrayBuilder();
        ready.forEach((name, up) -> checks.add(JSON.createObjectBuilder().add("name", name).add("status", up ? "UP" : "DOWN")));
        response.status(all ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503)
                .header(HeaderValues.CONTENT_TYPE_JSON)
                .send(JSON.createObjectBuilder().add("status", all ? "UP" : "DOWN").add("checks", checks).build().toString());
    }

    private Map<String, Boolean> check() {
        Map<String, Future<Boolean>> pending = new TreeMap<>();
        try (ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor()) {
            upstreams.byName().forEach((name, base) -> pending.put(name, probes.submit(() -> ready(base))));
            Map<String, Boolean> ready = new TreeMap<>();
            for (var entry : pending.entrySet()) {
                ready.put(entry.getKey(), outcome(entry.getValue()));
            }
            return ready;
        }
    }

    private boolean ready(URI base) {
        // A fresh connection per probe: a pooled one the upstream has closed meanwhile would read as DOWN.
        try (HttpClientResponse answer = client.get(base.resolve("/health/ready").toString()).keepAlive(false).request()) {
            return answer.status().code() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean outcome(Future<Boolean> probe) {
        try {
            return probe.get();
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
