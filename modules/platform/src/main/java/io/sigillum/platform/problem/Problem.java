package io.sigillum.platform.problem;

import io.sigillum.observability.CorrelationId;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Objects;

/**
 * An RFC 9457 problem. Rendered as {@code application/problem+json} with the request's
 * correlation id as the extension member {@code correlation_id}.
 *
 * @param type   identifies the problem type (§3.1.1); {@code about:blank} when the status says it all
 * @param title  short summary of the type (§3.1.3)
 * @param status the HTTP status code (§3.1.2)
 * @param detail what went wrong this time (§3.1.4), or null; never a stack trace or a secret
 */
public record Problem(URI type, String title, int status, String detail) {

    /** The media type of RFC 9457 §3. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** {@link #MEDIA_TYPE} as a JAX-RS media type. */
    public static final MediaType MEDIA_TYPE_JAX_RS = MediaType.valueOf(MEDIA_TYPE);
    /** The default type: the status code is all there is to know (§4.2.1). */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    private static final JsonProvider JSON = JsonProvider.provider();

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status: " + status);
        }
    }

    /** A problem of type {@code about:blank} whose title is the status's reason phrase. */
    public static Problem of(Response.StatusType status, String detail) {
        return new Problem(ABOUT_BLANK, status.getReasonPhrase(), status.getStatusCode(), detail);
    }

    /** The problem's JSON object. */
    public String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", type.toString())
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        CorrelationId.current().ifPresent(id -> json.add("correlation_id", id));
        return json.build().toString();
    }

    /**
     * @return an exception to throw from a resource: the platform's mapper answers with this
     *         problem as it is
     */
    public jakarta.ws.rs.WebApplicationException asException() {
        return new jakarta.ws.rs.WebApplicationException(detail, toResponse().build());
    }

    /** A response carrying this problem. */
    public Response.ResponseBuilder toResponse() {
        return Response.status(status).type(MEDIA_TYPE_JAX_RS).entity(toJson());
    }
}
