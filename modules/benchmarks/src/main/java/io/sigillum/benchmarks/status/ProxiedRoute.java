package io.sigillum.benchmarks.status;

import io.sigillum.benchmarks.measure.CpuTime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A route the gateway forwards, against the same request sent straight to its service: the
 * gateway's admin route to the status service's lists ({@code /admin/status/status-lists/…},
 * role {@code status-admin}), so every proxied request pays for what a protected route costs: the
 * bearer token's signature and claims, the role, the subject's rate-limit bucket, the access log,
 * the headers and the streamed body both ways. The service answers from memory, so the difference
 * is the gateway's.
 */
final class ProxiedRoute {

    /** One wrk run and the CPU each process spent per request in it (milliseconds). */
    record Measured(Wrk.Result load, double serviceCpuMillis, double gatewayCpuMillis) {
    }

    /** The service direct, then through the gateway, under the same load. */
    record Pair(Measured direct, Measured proxied) {

        double throughputRatio() {
            return proxied.load().requestsPerSecond() / direct.load().requestsPerSecond();
        }

        double addedP50Millis() {
            return proxied.load().p50Millis() - direct.load().p50Millis();
        }

        long errors() {
            return direct.load().errors() + proxied.load().errors();
        }
    }

    /**
     * Three pairs: all processes sharing the machine's cores; one request at a time on one
     * connection, where no request queues behind another and the added time is the gateway's own;
     * and, where cores can be pinned, wrk and the service on core 0 and the gateway alone on core 1,
     * as where the gateway runs on cores of its own (null where they cannot).
     */
    record Result(Pair shared, Pair alone, Pair pinned) {
    }

    private final HttpClient client;
    private final URI direct;
    private final URI proxied;
    private final String authorization;
    private final ProcessHandle service;
    private final ProcessHandle gateway;

    ProxiedRoute(HttpClient client, URI service, URI gateway, String listId, String token,
                 ProcessHandle serviceProcess, ProcessHandle gatewayProcess) {
        this.client = client;
        this.direct = service.resolve("/status-lists/" + listId);
        this.proxied = gateway.resolve("/admin/status/status-lists/" + listId);
        this.authorization = "Bearer " + token;
        this.service = serviceProcess;
        this.gateway = gatewayProcess;
    }

    /**
     * Before anything is measured: the gateway must refuse the route without a token (so the
     * check is on) and forward it with one, answering the service's very bytes.
     */
    void requireForwarded(byte[] expected) throws IOException, InterruptedException {
        HttpResponse<byte[]> refused = client.send(HttpRequest.newBuilder(proxied).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (refused.statusCode() != 401) {
            throw new IllegalStateException("the gateway answered " + refused.statusCode() + " without a token, not 401");
        }
        HttpResponse<byte[]> forwarded = client.send(HttpRequest.newBuilder(proxied).header("Authorization", authorization)
                .header("Accept", "application/statuslist+jwt").build(), HttpResponse.BodyHandlers.ofByteArray());
        if (forwarded.statusCode() != 200 || !Arrays.equals(expected, forwarded.body())
                || forwarded.headers().firstValue("X-Sigillum-Cache").isPresent()) {
            throw new IllegalStateException("the gateway does not forward the route: status " + forwarded.statusCode()
                    + ", " + forwarded.body().length + " bytes, cache header "
                    + forwarded.headers().firstValue("X-Sigillum-Cache").orElse("none"));
        }
    }

    /** Warms both paths, then measures the three pairs (see {@link Result}); the token goes to both alike. */
    Result measure(Wrk wrk, int seconds) throws IOException, InterruptedException {
        wrk.run(direct, seconds, headers());
        wrk.run(proxied, seconds, headers());
        Pair shared = pair(wrk, seconds);
        Pair alone = pair(new Wrk(1, 1), seconds);
        if (!Cores.available()) {
            return new Result(shared, alone, null);
        }
        Cores.pin(service, "0");
        Cores.pin(gateway, "1");
        try {
            return new Result(shared, alone, pair(wrk.on("0"), seconds));
        } finally {
            Cores.pin(service, Cores.all());
            Cores.pin(gateway, Cores.all());
        }
    }

    private Pair pair(Wrk wrk, int seconds) throws IOException, InterruptedException {
        return new Pair(measured(wrk, direct, seconds), measured(wrk, proxied, seconds));
    }

    private Measured measured(Wrk wrk, URI uri, int seconds) throws IOException, InterruptedException {
        Duration serviceBefore = CpuTime.of(service);
        Duration gatewayBefore = CpuTime.of(gateway);
        Wrk.Result load = wrk.run(uri, seconds, headers());
        double requests = load.requestsPerSecond() * seconds;
        return new Measured(load, CpuTime.of(service).minus(serviceBefore).toNanos() / 1e6 / requests,
                CpuTime.of(gateway).minus(gatewayBefore).toNanos() / 1e6 / requests);
    }

    private List<String> headers() {
        return List.of("Authorization: " + authorization);
    }
}
