package io.sigillum.wallet.issuance;

import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.WalletStep;
import io.sigillum.wallet.dpop.DpopSession;
import io.sigillum.wallet.http.Http;
import io.sigillum.wallet.http.HttpReply;
import io.sigillum.wallet.http.Json;
import io.sigillum.wallet.http.OAuthError;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Polls the Deferred Credential Endpoint (OID4VCI 1.0 §9) until the credentials come or the
 * deadline passes, waiting the issuer's {@code interval} before each request. "Not yet" is 202 with
 * {@code transaction_id} and {@code interval} (§9.2); the 400 {@code issuance_pending} of earlier
 * drafts is understood too. The deadline is measured in elapsed time, not on the wallet's clock,
 * so a fixed test clock cannot stall it.
 */
public final class PollDeferred {

    private final Duration deadline;
    private final Consumer<WalletStep> listener;

    /**
     * @param deadline how long to keep polling
     * @param listener told of each deferral
     */
    public PollDeferred(Duration deadline, Consumer<WalletStep> listener) {
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * @param endpoint                  the {@code deferred_credential_endpoint}, if the issuer has one
     * @param credentialConfigurationId the configuration requested
     * @param deferred                  the Credential Endpoint's deferral
     * @param token                     the access token
     * @param session                   the DPoP session
     * @return the issued credentials
     * @throws WalletException at {@link Step#DEFERRED} when there is no endpoint, the issuer refuses,
     *                         or the deadline passes first
     */
    public CredentialResponse.Issued poll(Optional<URI> endpoint, String credentialConfigurationId,
                                          CredentialResponse.Deferred deferred, AccessToken token, DpopSession session) {
        URI target = endpoint.orElseThrow(() -> new WalletException(Step.DEFERRED,
                "the issuer deferred issuance but has no deferred_credential_endpoint (§12.2.4)"));
        long end = System.nanoTime() + deadline.toNanos();
        CredentialResponse.Deferred pending = deferred;
        while (true) {
            listener.accept(new WalletStep.IssuanceDeferred(credentialConfigurationId, pending.interval()));
            if (System.nanoTime() + pending.interval().toNanos() > end) {
                throw new WalletException(Step.DEFERRED, "the credential of transaction " + pending.transactionId()
                        + " was not issued within " + deadline.toSeconds() + " s (the issuer asks to wait "
                        + pending.interval().toMillis() + " ms more)");
            }
            sleep(pending.interval());
            String body = Json.write(Map.of("transaction_id", pending.transactionId()));
            HttpReply reply = session.post(target, Http.JSON, body, Optional.of(token.value()), Step.DEFERRED);
            if (isPending(reply)) {
                pending = new CredentialResponse.Deferred(pending.transactionId(),
                        CredentialResponse.interval(reply.jsonObject(Step.DEFERRED), Step.DEFERRED, "the deferred response", false));
                continue;
            }
            CredentialResponse response = CredentialResponse.read(reply, Step.DEFERRED);
            if (response instanceof CredentialResponse.Issued issued) {
                return issued;
            }
            pending = (CredentialResponse.Deferred) response;
            if (!pending.transactionId().equals(deferred.transactionId())) {
                throw new WalletException(Step.DEFERRED, "the deferred response names the transaction "
                        + pending.transactionId() + ", not " + deferred.transactionId() + " (§9.2)");
            }
        }
    }

    /** Draft 13–15 form: 400 with {@code issuance_pending} and an optional {@code interval}. */
    private static boolean isPending(HttpReply reply) {
        return reply.status() == 400
                && reply.oauthError().map(OAuthError::error).filter(Oid4vciSpec.ISSUANCE_PENDING::equals).isPresent();
    }

    private static void sleep(Duration interval) {
        try {
            Thread.sleep(interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WalletException(Step.DEFERRED, "interrupted while waiting for deferred issuance", e);
        }
    }
}
