package io.sigillum.issuance.credential;

import io.sigillum.api.issuerwallet.DeferredCredentialApi;
import io.sigillum.issuance.deferred.DeferredIssuanceRecord;
import io.sigillum.issuance.deferred.Deferrals;
import io.sigillum.issuance.dpop.DpopGuard;
import io.sigillum.issuance.oauth.OAuthError;
import io.sigillum.issuance.token.AccessTokenRecord;
import io.sigillum.issuance.token.TokenAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** {@code POST /deferred-credential} (OID4VCI 1.0 §9): the credentials once the source can answer. */
@RequestScoped
public class DeferredCredentialResource implements DeferredCredentialApi {

    @Inject
    private TokenAccess access;
    @Inject
    private Deferrals deferrals;
    @Inject
    private CredentialIssuance issuance;
    @Inject
    private DpopGuard dpop;
    @Context
    private HttpHeaders headers;

    @Override
    public Response deferredCredential(Map<String, Object> requestBody, String dpopProof) {
        AccessTokenRecord token = access.admit(headers, "/deferred-credential", true);
        try {
            if (requestBody == null || !(requestBody.get("transaction_id") instanceof String transactionId)) {
                throw OAuthError.badRequest("invalid_credential_request", "transaction_id is required");
            }
            DeferredIssuanceRecord deferred = deferrals.find(transactionId, token.tokenHash()).orElseThrow(() ->
                    OAuthError.badRequest("invalid_transaction_id", "no deferred issuance of that id for this token"));
            return IssuanceResponses.of(issuance.resume(deferred.offerId(), deferred.configurationId(),
                    Deferrals.holderKeys(deferred), deferred.transactionId()), dpop.nonce());
        } catch (OAuthError refused) {
            throw refused.withHeader("DPoP-Nonce", dpop.nonce());
        }
    }
}
