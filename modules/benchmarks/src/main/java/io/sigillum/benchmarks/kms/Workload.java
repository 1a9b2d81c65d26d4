package io.sigillum.benchmarks.kms;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.net.URI;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of signing call, ready to send again and again: the requests are built once (their
 * JSON bodies too), so the client spends its time on HTTP, not on building requests.
 *
 * @param label             the report's row
 * @param requests          the calls, sent round-robin
 * @param inputs            for each call, the inputs it signs, in order
 * @param signaturesPerCall how many signatures one call makes
 */
record Workload(String label, List<HttpRequest> requests, List<List<byte[]>> inputs, int signaturesPerCall) {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    /**
     * {@code POST /signatures}, one call per input.
     *
     * @param digests whether to send each input's SHA-256 digest ({@code inputType: digest}) rather than the input
     */
    static Workload single(String label, URI base, String token, String kid, List<byte[]> inputs, boolean digests) {
        List<HttpRequest> requests = new ArrayList<>();
        List<List<byte[]>> signed = new ArrayList<>();
        for (byte[] input : inputs) {
            String body = JSONObjectUtils.toJSONString(withType(Map.of("kid", kid, "input", encode(input, digests)), digests));
            requests.add(post(base.resolve("/signatures"), token, body));
            signed.add(List.of(input));
        }
        return new Workload(label, List.copyOf(requests), List.copyOf(signed), 1);
    }

    /**
     * {@code POST /signature-batches}, {@code size} inputs per call, taken in turn from the inputs.
     *
     * @param digests as for {@link #single}
     */
    static Workload batch(String label, URI base, String token, String kid, List<byte[]> inputs, int size,
                          boolean digests) {
        List<HttpRequest> requests = new ArrayList<>();
        List<List<byte[]>> signed = new ArrayList<>();
        int calls = Math.max(1, inputs.size() / size);
        for (int call = 0; call < calls; call++) {
            List<byte[]> batch = new ArrayList<>(size);
            List<String> encoded = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                byte[] input = inputs.get((call * size + i) % inputs.size());
                batch.add(input);
                encoded.add(encode(input, digests));
            }
            String body = JSONObjectUtils.toJSONString(withType(Map.of("kid", kid, "inputs", encoded), digests));
            requests.add(post(base.resolve("/signature-batches"), token, body));
            signed.add(List.copyOf(batch));
        }
        return new Workload(label, List.copyOf(requests), List.copyOf(signed), size);
    }

    /** @return the input, or its SHA-256 digest (RFC 7518 §3.4: ES256 signs the SHA-256 hash), base64url */
    private static String encode(byte[] input, boolean digest) {
        if (!digest) {
            return SigningInputs.base64url(input);
        }
        try {
            return SigningInputs.base64url(MessageDigest.getInstance("SHA-256").digest(input));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Map<String, Object> withType(Map<String, Object> request, boolean digests) {
        if (!digests) {
            return request;
        }
        Map<String, Object> typed = new HashMap<>(request);
        typed.put("inputType", "digest");
        return typed;
    }

    private static HttpRequest post(URI uri, String token, String json) {
        return HttpRequest.newBuilder(uri)
                .timeout(CALL_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
