package io.sigillum.issuance.credential;

import io.sigillum.issuance.oauth.OAuthError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** Credential Responses (OID4VCI 1.0 §8.3, §9.2): 200 with the credentials, or 202 deferred. */
final class IssuanceResponses {

    private IssuanceResponses() {
    }

    static Response of(CredentialIssuance.Outcome outcome, String dpopNonce) {
        Map<String, Object> body = new LinkedHashMap<>();
        int status;
        if (outcome instanceof CredentialIssuance.Outcome.Issued issued) {
            body.put("credentials", issued.credentials().stream().map(c -> Map.of("credential", c)).toList());
            body.put("notification_id", issued.notificationId());
            status = 200;
        } else {
            CredentialIssuance.Outcome.Deferred deferred = (CredentialIssuance.Outcome.Deferred) outcome;
            body.put("transaction_id", deferred.transactionId());
            body.put("interval", deferred.interval());
            status = 202;
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body)
                .cacheControl(OAuthError.noStore()).header("DPoP-Nonce", dpopNonce).build();
    }
}
