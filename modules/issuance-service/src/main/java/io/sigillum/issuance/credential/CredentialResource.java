package io.sigillum.issuance.credential;

import io.sigillum.api.issuerwallet.CredentialApi;
import io.sigillum.issuance.dpop.DpopGuard;
import io.sigillum.issuance.metadata.IssuerPolicy;
import io.sigillum.issuance.oauth.OAuthError;
import io.sigillum.issuance.token.AccessTokenRecord;
import io.sigillum.issuance.token.TokenAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** {@code POST /credential} (OID4VCI 1.0 §8): one credential per key proof. */
@RequestScoped
public class CredentialResource implements CredentialApi {

    @Inject
    private TokenAccess access;
    @Inject
    private CredentialIssuance issuance;
    @Inject
    private IssuerPolicy policy;
    @Inject
    private DpopGuard dpop;
    @Context
    private HttpHeaders headers;

    @Override
    public Response credential(Map<String, Object> requestBody, String dpopProof) {
        AccessTokenRecord token = access.admit(headers, "/credential");
        try {
            return IssuanceResponses.of(issuance.issue(token, CredentialRequestBody.parse(requestBody, policy.batchSize())),
                    dpop.nonce());
        } catch (OAuthError refused) {
            throw refused.withHeader("DPoP-Nonce", dpop.nonce());
        }
    }
}
