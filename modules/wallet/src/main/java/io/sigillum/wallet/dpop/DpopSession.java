package io.sigillum.wallet.dpop;

import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.WalletStep;
import io.sigillum.wallet.http.Http;
import io.sigillum.wallet.http.HttpReply;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sends requests with DPoP proofs for one issuance: one key, the servers' latest nonces, and one
 * retry when a server answers {@code use_dpop_nonce} with a {@code DPoP-Nonce} (RFC 9449 §8 at the
 * token endpoint: 400 and a JSON error; §9 at a resource: 401 and a {@code WWW-Authenticate: DPoP}
 * challenge).
 */
public final class DpopSession {

    private final Http http;
    private final DpopKey key;
    private final DpopNonces nonces = new DpopNonces();
    private final Clock clock;
    private final Consumer<WalletStep> listener;

    /**
     * @param http     the HTTP client
     * @param key      the issuance's DPoP key
     * @param clock    the clock of {@code iat}
     * @param listener told of nonce retries
     */
    public DpopSession(Http http, DpopKey key, Clock clock, Consumer<WalletStep> listener) {
        this.http = Objects.requireNonNull(http, "http");
        this.key = Objects.requireNonNull(key, "key");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** @return the issuance's DPoP key */
    public DpopKey key() {
        return key;
    }

    /**
     * POSTs with a DPoP proof, and with {@code Authorization: DPoP <token>} and {@code ath} when an
     * access token is given (RFC 9449 §7.1).
     *
     * @param target      where
     * @param contentType the body's media type
     * @param body        the body
     * @param accessToken the DPoP-bound access token, if the target is a protected resource
     * @param step        the step sending it
     * @return the answer, after at most one nonce retry
     */
    public HttpReply post(URI target, String contentType, String body, Optional<String> accessToken, Step step) {
        HttpReply reply = attempt(target, contentType, body, accessToken, step);
        if (asksForNonce(reply)) {
            listener.accept(new WalletStep.DpopNonceRetry(target.toString()));
            reply = attempt(target, contentType, body, accessToken, step);
        }
        return reply;
    }

    /** Keeps the {@code DPoP-Nonce} of an answer sent outside this session (the Nonce Endpoint's, OID4VCI §7.2). */
    public void observe(HttpReply reply) {
        nonces.observe(reply);
    }

    private HttpReply attempt(URI target, String contentType, String body, Optional<String> accessToken, Step step) {
        String proof = DpopProof.create(key, "POST", target, accessToken, nonces.forTarget(target), clock.instant());
        HttpRequest.Builder request = Http.request(target)
                .header("Content-Type", contentType)
                .header("Accept", Http.JSON)
                .header(DpopSpec.HEADER, proof)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        accessToken.ifPresent(token -> request.header("Authorization", DpopSpec.TOKEN_TYPE + " " + token));
        HttpReply reply = http.send(request.build(), step);
        nonces.observe(reply);
        return reply;
    }

    private static boolean asksForNonce(HttpReply reply) {
        return (reply.status() == 400 || reply.status() == 401)
                && reply.header(DpopSpec.NONCE_HEADER).isPresent()
                && reply.oauthError().map(error -> error.error().equals(DpopSpec.USE_DPOP_NONCE)).orElse(false);
    }
}
