package io.sigillum.verification.presentation;

import io.sigillum.dcql.query.DcqlQuery;

import java.time.Instant;

/** Checks a presented {@code vp_token} against the transaction's query, client identifier and nonce. */
public interface PresentationCheck {

    /**
     * @param vpTokenJson the {@code vp_token} as a JSON object text (OpenID4VP 1.0 §8.1)
     * @param query       the transaction's DCQL query
     * @param clientId    the client identifier the key binding JWT's {@code aud} must be
     * @param nonce       the nonce the key binding JWT must carry
     * @param now         the time of the check
     * @return verified with the claims, or failed with the reasons
     */
    CheckedPresentation check(String vpTokenJson, DcqlQuery query, String clientId, String nonce, Instant now);
}
