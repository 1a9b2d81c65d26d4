package io.sigillum.issuance.oauth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers an {@link OAuthError} thrown anywhere in a protocol endpoint as the protocol says. */
@Provider
@ApplicationScoped
public class OAuthErrorMapper implements ExceptionMapper<OAuthError> {

    @Override
    public Response toResponse(OAuthError error) {
        return error.toResponse();
    }
}
