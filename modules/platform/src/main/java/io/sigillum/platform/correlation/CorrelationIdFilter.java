package io.sigillum.platform.correlation;

import io.sigillum.observability.CorrelationId;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives every request a correlation id before anything else runs (authentication included), so
 * that every log line and every error of the request carries it, and returns it in the response.
 */
@Provider
@PreMatching
@Priority(1)
@ApplicationScoped
public class CorrelationIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String PROPERTY = CorrelationIdFilter.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        String id = CorrelationId.acceptOrCreate(request.getHeaderString(CorrelationId.HEADER));
        request.setProperty(PROPERTY, id);
        CorrelationId.set(id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(CorrelationId.HEADER, id);
        }
        CorrelationId.clear();
    }
}
