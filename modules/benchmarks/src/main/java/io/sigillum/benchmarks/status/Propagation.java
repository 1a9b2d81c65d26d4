package io.sigillum.benchmarks.status;

import io.sigillum.crypto.sign.Verifier;
import io.sigillum.statuslist.StatusListException;
import io.sigillum.statuslist.list.Status;
import io.sigillum.statuslist.token.StatusListTokenVerifier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Revocation propagation: the time from a revocation's answer to the first GET of the list whose
 * verified token shows the entry INVALID, one revocation at a time, polled every millisecond.
 */
final class Propagation {

    /** The figures of one run, in milliseconds. */
    record Result(int revocations, double p50Millis, double p99Millis, double maxMillis) {
    }

    private final HttpClient client;
    private final StatusServingRun.StatusApi api;
    private final Verifier key;
    private final StatusListTokenVerifier tokens = StatusListTokenVerifier.builder().build();

    Propagation(HttpClient client, StatusServingRun.StatusApi api, Verifier key) {
        this.client = client;
        this.api = api;
        this.key = key;
    }

    Result measure(List<StatusServingRun.StatusApi.Entry> entries) throws Exception {
        double[] millis = new double[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            StatusServingRun.StatusApi.Entry entry = entries.get(i);
            api.revoke(entry);
            long revoked = System.nanoTime();
            while (!shows(entry)) {
                Thread.sleep(1);
            }
            millis[i] = (System.nanoTime() - revoked) / 1e6;
        }
        Arrays.sort(millis);
        return new Result(millis.length, percentile(millis, 0.50), percentile(millis, 0.99), millis[millis.length - 1]);
    }

    private boolean shows(StatusServingRun.StatusApi.Entry entry) throws IOException, InterruptedException {
        URI uri = api.base().resolve("/status-lists/" + entry.listId());
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri)
                .header("Accept", "application/statuslist+jwt").build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            return false;
        }
        try {
            String jwt = new String(response.body(), StandardCharsets.US_ASCII);
            URI subject = URI.create("https://localhost:8443/status-lists/" + entry.listId());
            return tokens.verifyJwt(jwt, subject, key).list().get(entry.idx())
                    .equals(Status.INVALID);
        } catch (StatusListException e) {
            throw new IllegalStateException("the served token does not verify: " + e.getMessage(), e);
        }
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
