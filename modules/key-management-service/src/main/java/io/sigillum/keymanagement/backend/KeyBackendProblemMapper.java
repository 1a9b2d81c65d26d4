package io.sigillum.keymanagement.backend;

import io.sigillum.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.util.logging.Logger;

/**
 * A backend that cannot open or use a key (wrong master key, HSM gone) is a 503: the request was
 * fine and may succeed later. The message names the key and the cause, never key material.
 */
@Provider
@ApplicationScoped
public class KeyBackendProblemMapper implements ExceptionMapper<KeyBackendException> {

    private static final Logger LOG = Logger.getLogger(KeyBackendProblemMapper.class.getName());
    private static final URI TYPE = URI.create("urn:sigillum:problem:kms:key-backend-unavailable");

    @Override
    public Response toResponse(KeyBackendException exception) {
        return unavailable(exception);
    }

    static Response unavailable(RuntimeException exception) {
        LOG.warning(() -> "key backend failure: " + exception.getMessage());
        return new Problem(TYPE, "Key backend unavailable", Response.Status.SERVICE_UNAVAILABLE.getStatusCode(),
                exception.getMessage()).toResponse().header("Retry-After", "5").build();
    }
}
