package io.sigillum.benchmarks.trust;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /evaluations} calls as a verifier sends them ({@code verifier-rp} token), built once
 * so that the clients spend their time on HTTP: one per chain, with the type and no {@code at}
 * (the service evaluates at its current time, as the in-process rows do).
 */
final class EvaluationRequests {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private EvaluationRequests() {
    }

    /** @return one call per chain, in the chains' order */
    static List<HttpRequest> of(URI base, String verifierToken, String vct, List<List<String>> chains) {
        URI uri = base.resolve("/evaluations");
        return chains.stream().map(x5c -> HttpRequest.newBuilder(uri)
                .timeout(CALL_TIMEOUT)
                .header("Authorization", "Bearer " + verifierToken)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(
                        Map.of("x5c", x5c, "credentialType", Map.of("vct", vct)))))
                .build()).toList();
    }
}
