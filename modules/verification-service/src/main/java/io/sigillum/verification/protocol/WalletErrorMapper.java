package io.sigillum.verification.protocol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link WalletError} thrown anywhere in the response endpoint as OAuth does. */
@Provider
@ApplicationScoped
public class WalletErrorMapper implements ExceptionMapper<WalletError> {

    @Override
    public Response toResponse(WalletError error) {
        return error.toResponse();
    }
}
