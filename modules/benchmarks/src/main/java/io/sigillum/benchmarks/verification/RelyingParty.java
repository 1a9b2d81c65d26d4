package io.sigillum.benchmarks.verification;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A relying party of the run, through the verification service's API (role {@code verifier-rp}):
 * opens a transaction asking for a PID's {@code age_equal_or_over.18} and {@code nationalities}
 * with the defaults (cross-device, {@code x509_hash}, {@code direct_post.jwt}), then reads its
 * outcome with a long poll.
 */
final class RelyingParty {

    /** OpenID4VP 1.0 §6: one PID, two claims. */
    static final String QUERY = """
            {"dcql_query": {"credentials": [{"id": "pid", "format": "dc+sd-jwt",
              "meta": {"vct_values": ["urn:eudi:pid:1"]},
              "claims": [{"path": ["age_equal_or_over", "18"]}, {"path": ["nationalities"]}]}]}}""";

    /**
     * An opened transaction.
     *
     * @param id                   its id
     * @param authorizationRequest the {@code openid4vp://} link for the wallet
     */
    record Opened(String id, String authorizationRequest) {
    }

    private final StackCalls calls;
    private final URI verifier;
    private final String token;

    /**
     * @param verifier the verification service's address
     * @param token    a {@code verifier-rp} token
     */
    RelyingParty(StackCalls calls, URI verifier, String token) {
        this.calls = calls;
        this.verifier = verifier;
        this.token = token;
    }

    /** {@code POST /transactions}. */
    Opened open() throws IOException, InterruptedException {
        Map<String, Object> created = calls.post(verifier.resolve("/transactions"), token, QUERY, 201);
        if (!(created.get("transaction_id") instanceof String id) || !(created.get("authorization_request") instanceof String link)) {
            throw new IllegalStateException("POST /transactions answered no transaction_id or authorization_request: " + created);
        }
        return new Opened(id, link);
    }

    /**
     * {@code GET /transactions/{id}?wait=10}.
     *
     * @return the outcome
     * @throws IllegalStateException unless it is {@code verified} with the PID's two claims (and only a PID)
     */
    Map<String, Object> verified(Opened transaction) throws IOException, InterruptedException {
        Map<String, Object> outcome = calls.get(verifier.resolve("/transactions/" + transaction.id() + "?wait=10"), token, 200);
        if (!"verified".equals(outcome.get("state"))) {
            throw new IllegalStateException("transaction " + transaction.id() + " is " + outcome.get("state") + ", not verified: "
                    + StackCalls.clip(String.valueOf(outcome)));
        }
        if (!(outcome.get("credentials") instanceof Map<?, ?> credentials) || !(credentials.get("pid") instanceof List<?> pid)
                || pid.isEmpty() || !String.valueOf(pid.getFirst()).contains("age_equal_or_over")
                || !String.valueOf(pid.getFirst()).contains("nationalities")) {
            throw new IllegalStateException("transaction " + transaction.id() + " is verified without the PID's two claims: "
                    + StackCalls.clip(String.valueOf(outcome)));
        }
        return outcome;
    }
}
