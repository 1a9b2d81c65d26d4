package io.sigillum.benchmarks.issuance;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A lean wallet for load: one full issuance of the Pre-Authorized Code Flow per call of
 * {@link #issue}, over plain HTTP to the issuer's real port, with the proofs naming its public
 * identifier. Token request with a DPoP proof (RFC 9449 §5; sent again once when the server asks
 * for its nonce), {@code POST /nonce} (OID4VCI 1.0 §7), then {@code POST /credential} (§8) with the
 * DPoP-bound token, a DPoP proof with {@code ath} and one {@code jwt} key proof. Each issuance has
 * a fresh DPoP key and a fresh holder key.
 *
 * <p>It reads metadata from nowhere and verifies nothing it receives: the run measures the server.
 * The test wallet ({@code io.sigillum.wallet}) does all of that, but only over https with trust
 * anchors, from the identifier's own {@code .well-known} documents.
 *
 * <p>Thread-safe: issuances share only the client and the server nonce.
 */
final class LoadWallet {

    private static final String GRANT = OfferUris.PRE_AUTHORIZED_GRANT;
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final URI base;
    private final String issuer;
    private final ServerNonce nonce;

    /**
     * @param base   the issuance service's real address, e.g. {@code http://127.0.0.1:40123}
     * @param issuer the Credential Issuer Identifier, e.g. {@code https://localhost:8443}
     */
    LoadWallet(HttpClient client, URI base, String issuer, ServerNonce nonce) {
        this.client = client;
        this.base = base;
        this.issuer = issuer;
        this.nonce = nonce;
    }

    /** A step that did not answer as the protocol says, with what the server said. */
    static final class IssuanceFailed extends RuntimeException {
        IssuanceFailed(String step, HttpResponse<String> response) {
            super(step + " answered " + response.statusCode() + ": " + clip(response.body()), null, false, false);
        }

        IssuanceFailed(String what) {
            super(what, null, false, false);
        }

        private static String clip(String text) {
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
    }

    /**
     * @param preAuthorizedCode the offer's code
     * @return the credential ({@code dc+sd-jwt}) the issuer answered with
     * @throws IssuanceFailed when a step is refused
     */
    String issue(String preAuthorizedCode) throws IOException, InterruptedException {
        WalletKey dpopKey = WalletKey.generate();
        String accessToken = token(dpopKey, preAuthorizedCode);
        String cNonce = string(send(post("/nonce").POST(HttpRequest.BodyPublishers.noBody()), "POST /nonce", 200), "c_nonce");
        WalletKey holderKey = WalletKey.generate();
        String body = JSONObjectUtils.toJSONString(Map.of("credential_configuration_id", IssuerAdmin.PID,
                "proofs", Map.of("jwt", List.of(WalletProofs.keyProof(holderKey, issuer, cNonce, Instant.now())))));
        HttpResponse<String> answer = withNonce("POST /credential", 401, () -> post("/credential")
                .header("Authorization", "DPoP " + accessToken)
                .header("Content-Type", "application/json")
                .header("DPoP", WalletProofs.dpop(dpopKey, "POST", issuer + "/credential", accessToken, nonce.latest(),
                        Instant.now()))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        try {
            List<Object> credentials = JSONObjectUtils.getJSONArray(JSONObjectUtils.parse(answer.body()), "credentials");
            if (credentials == null || credentials.size() != 1 || !(credentials.getFirst() instanceof Map<?, ?> first)
                    || !(first.get("credential") instanceof String credential)) {
                throw new IssuanceFailed("POST /credential answered no single credential: " + answer.body());
            }
            return credential;
        } catch (ParseException e) {
            throw new IssuanceFailed("POST /credential answered what is not JSON: " + answer.body());
        }
    }

    private String token(WalletKey dpopKey, String code) throws IOException, InterruptedException {
        String form = "grant_type=" + URLEncoder.encode(GRANT, StandardCharsets.UTF_8)
                + "&pre-authorized_code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        HttpResponse<String> answer = withNonce("POST /token", 400, () -> post("/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("DPoP", WalletProofs.dpop(dpopKey, "POST", issuer + "/token", null, nonce.latest(), Instant.now()))
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return string(answer, "access_token");
    }

    /** Sends a DPoP request; when refused with {@code use_dpop_nonce}, once more with the nonce just given. */
    private HttpResponse<String> withNonce(String step, int refusalStatus, RequestMaker request)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(request.make().build(), HttpResponse.BodyHandlers.ofString());
        nonce.update(answer);
        if (answer.statusCode() == refusalStatus && asksForNonce(answer)) {
            nonce.refused();
            answer = client.send(request.make().build(), HttpResponse.BodyHandlers.ofString());
            nonce.update(answer);
        }
        if (answer.statusCode() != 200) {
            throw new IssuanceFailed(step, answer);
        }
        return answer;
    }

    private static boolean asksForNonce(HttpResponse<String> answer) {
        return answer.body().contains("use_dpop_nonce")
                || answer.headers().allValues("WWW-Authenticate").stream().anyMatch(v -> v.contains("use_dpop_nonce"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String step, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IssuanceFailed(step, answer);
        }
        return answer;
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(CALL_TIMEOUT).header("Accept", "application/json");
    }

    private static String string(HttpResponse<String> answer, String member) {
        try {
            String value = JSONObjectUtils.getString(JSONObjectUtils.parse(answer.body()), member);
            if (value == null || value.isEmpty()) {
                throw new IssuanceFailed(answer.request().uri().getPath() + " answered no " + member + ": " + answer.body());
            }
            return value;
        } catch (ParseException e) {
            throw new IssuanceFailed(answer.request().uri().getPath() + " answered what is not JSON: " + answer.body());
        }
    }

    /** Builds a request afresh: a DPoP proof is good for one request only. */
    @FunctionalInterface
    private interface RequestMaker {
        HttpRequest.Builder make();
    }
}
