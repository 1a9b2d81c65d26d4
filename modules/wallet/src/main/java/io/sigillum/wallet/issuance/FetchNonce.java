package io.sigillum.wallet.issuance;

import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.dpop.DpopSession;
import io.sigillum.wallet.http.Http;
import io.sigillum.wallet.http.HttpReply;
import io.sigillum.wallet.http.Json;

import java.net.URI;
import java.net.http.HttpRequest;

/**
 * The Nonce Request (OID4VCI 1.0 §7.1): an unauthenticated POST with no body. The answer's
 * {@code c_nonce} goes into the key proofs; its {@code DPoP-Nonce}, if any, into the next DPoP
 * proof to the issuer (§7.2).
 */
public final class FetchNonce {

    private FetchNonce() {
    }

    /**
     * @param http     the HTTP client
     * @param endpoint the {@code nonce_endpoint}
     * @param session  the DPoP session, which keeps the answer's {@code DPoP-Nonce}
     * @return the {@code c_nonce}
     * @throws WalletException at {@link Step#NONCE}
     */
    public static String fetch(Http http, URI endpoint, DpopSession session) {
        HttpReply reply = http.send(Http.request(endpoint).header("Accept", Http.JSON)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), Step.NONCE);
        session.observe(reply);
        if (!reply.successful()) {
            throw reply.refusal(Step.NONCE, "the nonce request");
        }
        String nonce = Json.requiredText(reply.jsonObject(Step.NONCE), "c_nonce", Step.NONCE, "the nonce response of " + endpoint);
        if (!reply.header("Cache-Control").map(value -> value.contains("no-store")).orElse(false)) {
            // §7.2 makes this the issuer's duty; the nonce is still usable, so this is not refused.
            System.getLogger(FetchNonce.class.getName()).log(System.Logger.Level.WARNING,
                    "the nonce response of {0} lacks Cache-Control: no-store (OID4VCI 1.0 §7.2)", endpoint);
        }
        return nonce;
    }

    /** @return a one-line reason for a {@link WalletException}, used when a retry needs a nonce and there is no endpoint */
    static WalletException noEndpoint(String configurationId) {
        return new WalletException(Step.CREDENTIAL, "the issuer refused the nonce of configuration " + configurationId
                + " (invalid_nonce) but has no nonce_endpoint to get a fresh one from (§7)");
    }
}
