package io.sigillum.benchmarks.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    /**
     * One measured pair under load (the service direct, then through the gateway), and one with a
     * single connection sending one request at a time, where no request queues behind another and
     * the added time is the gateway's own.
     */
    record Result(Wrk.Result direct, Wrk.Result proxied, Wrk.Result directAlone, Wrk.Result proxiedAlone) {

        double throughputRatio() {
            return proxied.requestsPerSecond() / direct.requestsPerSecond();
        }

        double addedP50Millis() {
            return proxied.p50Millis() - direct.p50Millis();
        }

        double addedP50MillisAlone() {
            return proxiedAlone.p50Millis() - directAlone.p50Millis();
        }
    }

    private final HttpClient client;
    private final URI direct;
    private final URI proxied;
    private final String authorization;

    ProxiedRoute(HttpClient client, URI service, URI gateway, String listId, String token) {
        this.client = client;
        this.direct = service.resolve("/status-lists/" + listId);
        this.proxied = gateway.resolve("/admin/status/status-lists/" + listId);
        this.authorization = "Bearer " + token;
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

    /**
     * Warms both paths, then measures each with the same load, then each with one request at a
     * time; the token goes to both alike.
     */
    Result measure(Wrk wrk, int seconds) throws IOException, InterruptedException {
        List<String> headers = List.of("Authorization: " + authorization);
        wrk.run(direct, seconds, headers);
        wrk.run(proxied, seconds, headers);
        Wrk.Result directResult = wrk.run(direct, seconds, headers);
        Wrk.Result proxiedResult = wrk.run(proxied, seconds, headers);
        Wrk alone = new Wrk(1, 1);
        Wrk.Result directAlone = alone.run(direct, seconds, headers);
        Wrk.Result proxiedAlone = alone.run(proxied, seconds, headers);
        return new Result(directResult, proxiedResult, directAlone, proxiedAlone);
    }
}
