package io.sigillum.keymanagement.backend;

import io.sigillum.crypto.sign.SigningException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A key that fails to sign (an HSM session lost) is a 503, like any backend failure. */
@Provider
@ApplicationScoped
public class SigningProblemMapper implements ExceptionMapper<SigningException> {

    @Override
    public Response toResponse(SigningException exception) {
        return KeyBackendProblemMapper.unavailable(exception);
    }
}
