package io.sigillum.platform.problem;

import io.sigillum.observability.CorrelationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: anything unexpected becomes a 500 problem that tells the client only the
 * correlation id to quote. The stack trace goes to the log, never to the client.
 */
@Provider
@ApplicationScoped
public class UnexpectedProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        LOG.log(Level.SEVERE, "unexpected error while serving a request", exception);
        String detail = CorrelationId.current()
                .map(id -> "The request could not be completed; quote correlation id " + id + " when reporting it.")
                .orElse("The request could not be completed.");
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, detail).toResponse().build();
    }
}
