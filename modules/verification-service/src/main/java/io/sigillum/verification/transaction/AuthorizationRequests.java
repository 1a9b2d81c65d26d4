package io.sigillum.verification.transaction;

import io.sigillum.verification.protocol.OpenId4VpSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The verifier's public URLs ({@code sigillum.verification.public-url}, the gateway's address of
 * this service) and the authorization request a wallet is handed: by reference (§5.10), with
 * {@code client_id}, {@code request_uri} and {@code request_uri_method=post}.
 */
@ApplicationScoped
public class AuthorizationRequests {

    private final String publicUrl;

    @Inject
    AuthorizationRequests(@ConfigProperty(name = "sigillum.verification.public-url", defaultValue = "https://localhost:8082")
                          String publicUrl) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Where the wallet fetches the request object. */
    public URI requestUri(String requestId) {
        return URI.create(publicUrl + "/requests/" + requestId);
    }

    /** Where the wallet posts its answer (§8.2 {@code response_uri}). */
    public URI responseUri(String requestId) {
        return URI.create(publicUrl + "/responses/" + requestId);
    }

    /** {@code openid4vp://?client_id=…&request_uri=…&request_uri_method=post}. */
    public String authorizationRequest(String clientId, String requestId) {
        return OpenId4VpSpec.SCHEME + "?" + OpenId4VpSpec.CLIENT_ID + "=" + encode(clientId)
                + "&" + OpenId4VpSpec.REQUEST_URI + "=" + encode(requestUri(requestId).toString())
                + "&request_uri_method=" + OpenId4VpSpec.REQUEST_URI_METHOD_POST;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
