package io.sigillum.wallet.issuance;

import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.WalletStep;
import io.sigillum.wallet.dpop.DpopSession;
import io.sigillum.wallet.http.Http;
import io.sigillum.wallet.http.HttpReply;
import io.sigillum.wallet.http.Json;
import io.sigillum.wallet.http.OAuthError;
import io.sigillum.wallet.metadata.CredentialConfiguration;
import io.sigillum.wallet.metadata.IssuerMetadata;
import io.sigillum.wallet.proof.HolderKey;
import io.sigillum.wallet.proof.KeyProof;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Credential Request (OID4VCI 1.0 §8.2) for one Credential Configuration: a fresh
 * {@code c_nonce} when the issuer has a Nonce Endpoint, one {@code jwt} proof per holder key, and
 * one retry with a new nonce when the issuer answers {@code invalid_nonce} (§8.3.1.2).
 */
public final class RequestCredential {

    private final Http http;
    private final Clock clock;
    private final Consumer<WalletStep> listener;

    /**
     * @param http     the HTTP client (for the Nonce Endpoint)
     * @param clock    the clock of the proofs' {@code iat}
     * @param listener told of nonces and requests
     */
    public RequestCredential(Http http, Clock clock, Consumer<WalletStep> listener) {
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * @param issuer        the issuer's metadata
     * @param configuration the configuration requested
     * @param keys          the holder keys, one proof each; empty when the configuration takes no proofs
     * @param token         the access token
     * @param session       the DPoP session
     * @return the issuer's answer
     * @throws WalletException at {@link Step#CREDENTIAL} or {@link Step#NONCE}
     */
    public CredentialResponse request(IssuerMetadata issuer, CredentialConfiguration configuration, List<HolderKey> keys,
                                      AccessToken token, DpopSession session) {
        Optional<String> nonce = keys.isEmpty() ? Optional.empty() : nonce(issuer, configuration, session, false);
        HttpReply reply = send(issuer, configuration, keys, nonce, token, session);
        if (!keys.isEmpty() && refusedNonce(reply)) {
            if (issuer.nonceEndpoint().isEmpty()) {
                throw FetchNonce.noEndpoint(configuration.id());
            }
            reply = send(issuer, configuration, keys, nonce(issuer, configuration, session, true), token, session);
        }
        return CredentialResponse.read(reply, Step.CREDENTIAL);
    }

    private Optional<String> nonce(IssuerMetadata issuer, CredentialConfiguration configuration, DpopSession session, boolean retry) {
        Optional<String> nonce = issuer.nonceEndpoint().map(endpoint -> FetchNonce.fetch(http, endpoint, session));
        nonce.ifPresent(value -> listener.accept(new WalletStep.NonceObtained(configuration.id(), value, retry)));
        return nonce;
    }

    private HttpReply send(IssuerMetadata issuer, CredentialConfiguration configuration, List<HolderKey> keys,
                           Optional<String> nonce, AccessToken token, DpopSession session) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("credential_configuration_id", configuration.id());
        if (!keys.isEmpty()) {
            List<String> proofs = keys.stream()
                    .map(key -> KeyProof.create(key, issuer.credentialIssuer(), nonce, clock.instant()))
                    .toList();
            body.put("proofs", Map.of(Oid4vciSpec.PROOF_TYPE_JWT, proofs));
        }
        listener.accept(new WalletStep.CredentialRequested(configuration.id(), keys.size()));
        return session.post(issuer.credentialEndpoint(), Http.JSON, Json.write(body), Optional.of(token.value()), Step.CREDENTIAL);
    }

    private static boolean refusedNonce(HttpReply reply) {
        return reply.status() == 400
                && reply.oauthError().map(OAuthError::error).filter(Oid4vciSpec.INVALID_NONCE::equals).isPresent();
    }
}
