package io.sigillum.issuance.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.util.Map;

/**
 * A request body that is not a JSON object, sent to a wallet-facing protocol endpoint, gets that
 * protocol's error (OID4VCI 1.0 §8.3.1.2, §11.3) instead of the admin APIs' problem document:
 * the reading is wrapped here, before any exception mapper is chosen.
 */
@Provider
@ApplicationScoped
@Priority(jakarta.ws.rs.Priorities.ENTITY_CODER)
public class WalletBodies implements ReaderInterceptor {

    private static final Map<String, String> ERRORS = Map.of(
            "credential", "invalid_credential_request",
            "deferred-credential", "invalid_credential_request",
            "notification", "invalid_notification_request");

    @Context
    private UriInfo uri;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String error = ERRORS.get(uri.getPath().replaceAll("^/+|/+$", ""));
        if (error == null) {
            return context.proceed();
        }
        try {
            return context.proceed();
        } catch (JsonProcessingException e) {
            throw OAuthError.badRequest(error, "the request body is not a JSON object");
        }
    }
}
