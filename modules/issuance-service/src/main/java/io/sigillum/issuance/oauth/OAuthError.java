package io.sigillum.issuance.oauth;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An OAuth-style error answer (RFC 6749 §5.2, OID4VCI 1.0 §6.3, §8.3.1.2): a JSON object with
 * {@code error} and a human-readable {@code error_description}, never cached. Thrown from deep
 * in a flow; the endpoint turns it into its answer with {@link #toResponse()}.
 */
public final class OAuthError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final String description;
    private final transient Map<String, String> headers;

    private OAuthError(int status, String error, String description, Map<String, String> headers) {
        super(error + ": " + description, null, false, false);
        this.status = status;
        this.error = error;
        this.description = description;
        this.headers = Map.copyOf(headers);
    }

    /** A 400 with this error code. */
    public static OAuthError badRequest(String error, String description) {
        return new OAuthError(400, error, description, Map.of());
    }

    /**
     * A 401 for a protected resource (RFC 6750 §3, RFC 9449 §7.1): the error goes in a
     * {@code WWW-Authenticate: DPoP} challenge; the body repeats it for clients that read JSON.
     */
    public static OAuthError unauthorized(String error, String description, String dpopAlgorithms) {
        String challenge = "DPoP error=\"" + error + "\", error_description=\"" + quoted(description)
                + "\", algs=\"" + dpopAlgorithms + "\"";
        return new OAuthError(401, error, description, Map.of("WWW-Authenticate", challenge));
    }

    /** This error with one more response header, e.g. a fresh {@code DPoP-Nonce}. */
    public OAuthError withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OAuthError(status, error, description, more);
    }

    /** The error code. */
    public String error() {
        return error;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The answer: status, headers, {@code Cache-Control: no-store}, the JSON body. */
    public Response toResponse() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .cacheControl(noStore()).entity(body);
        headers.forEach(builder::header);
        return builder.build();
    }

    /** {@code Cache-Control: no-store}, which every protocol answer carries (OID4VCI 1.0, RFC 6749 §5.1). */
    public static CacheControl noStore() {
        CacheControl control = new CacheControl();
        control.setNoStore(true);
        control.setNoTransform(false);
        return control;
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "'");
    }
}
