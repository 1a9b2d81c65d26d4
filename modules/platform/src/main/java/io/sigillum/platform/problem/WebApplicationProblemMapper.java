package io.sigillum.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * Turns the HTTP errors JAX-RS and our resources raise (404, 405, 415, …) into problems, keeping
 * the headers the status needs ({@code Allow}, {@code WWW-Authenticate}, {@code Retry-After}).
 */
@Provider
@ApplicationScoped
public class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {

    private static final List<String> KEPT_HEADERS =
            List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION);

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.getStatus() < 400 || unmatchedPath(exception)) {
            return original;
        }
        if (original.hasEntity() && Problem.MEDIA_TYPE_JAX_RS.isCompatible(original.getMediaType())) {
            return original;
        }
        Response.ResponseBuilder response = Problem.of(original.getStatusInfo(), detail(exception)).toResponse();
        KEPT_HEADERS.forEach(name -> {
            Object value = original.getHeaders().getFirst(name);
            if (value != null) {
                response.header(name, value);
            }
        });
        return response.build();
    }

    /**
     * A path no resource matched is left as the bare 404 it is: the server then offers the request
     * to its other routes (health, metrics, OpenAPI), which an answered 404 would shadow.
     */
    private boolean unmatchedPath(WebApplicationException exception) {
        return exception instanceof NotFoundException && uriInfo != null && uriInfo.getMatchedResources().isEmpty();
    }

    /** The message of an exception we raised on purpose; JAX-RS's own ("HTTP 404 Not Found") adds nothing. */
    private static String detail(WebApplicationException exception) {
        String message = exception.getMessage();
        boolean generic = message == null || message.startsWith("HTTP ");
        return generic || exception.getResponse().getStatus() >= 500 ? null : message;
    }
}
