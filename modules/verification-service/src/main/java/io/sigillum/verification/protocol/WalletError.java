package io.sigillum.verification.protocol;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to a wallet whose authorization response is refused: OAuth's error object
 * (RFC 6749 §5.2) with the OpenID4VP 1.0 §8.5 code {@code invalid_request}, never cached, and a
 * description that says which rule was broken but nothing of the presentation (§15).
 */
public final class WalletError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String description;
    private final transient Optional<String> redirectUri;

    private WalletError(int status, String description, Optional<String> redirectUri) {
        super(description, null, false, false);
        this.status = status;
        this.description = description;
        this.redirectUri = redirectUri;
    }

    /** A 400 {@code invalid_request}. */
    public static WalletError invalidRequest(String description) {
        return new WalletError(400, description, Optional.empty());
    }

    /** A 400 {@code invalid_request} that still sends the user back to the relying party (same device). */
    public static WalletError invalidRequest(String description, Optional<String> redirectUri) {
        return new WalletError(400, description, redirectUri);
    }

    /** A 413 {@code invalid_request}: the body is over the size limit. */
    public static WalletError tooLarge(String description) {
        return new WalletError(413, description, Optional.empty());
    }

    public int status() {
        return status;
    }

    /** The response: status, {@code Cache-Control: no-store}, the JSON error. */
    public Response toResponse() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", OpenId4VpSpec.INVALID_REQUEST);
        body.put("error_description", description);
        redirectUri.ifPresent(uri -> body.put("redirect_uri", uri));
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore()).entity(body).build();
    }

    /** {@code Cache-Control: no-store}, on every protocol answer. */
    public static CacheControl noStore() {
        CacheControl control = new CacheControl();
        control.setNoStore(true);
        control.setNoTransform(false);
        return control;
    }
}
