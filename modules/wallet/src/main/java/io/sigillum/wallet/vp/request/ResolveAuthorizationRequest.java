package io.sigillum.wallet.vp.request;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillum.crypto.x509.CertificatePathValidator;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.RequestCheck;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.http.Http;
import io.sigillum.wallet.http.HttpReply;
import io.sigillum.wallet.http.Json;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves an Authorization Request link into a checked {@link AuthorizationRequest}
 * (OID4VP 1.0 §5, RFC 9101):
 * <ol>
 *   <li>{@code client_id} with {@code request_uri}: the Request Object is fetched with GET, or, with
 *       {@code request_uri_method=post}, with a POST of {@code wallet_metadata} and a fresh
 *       {@code wallet_nonce} that the Request Object must echo (§5.10); the answer must be 200
 *       {@code application/oauth-authz-req+jwt};</li>
 *   <li>{@code client_id} with {@code request}: the Request Object by value;</li>
 *   <li>{@code client_id} with plain parameters: an unsigned request, acceptable only from a
 *       {@code redirect_uri} client to a wallet that accepts development verifiers.</li>
 * </ol>
 * Then {@link RequestObject} checks {@code typ}, signature and (optionally) chain, the inner
 * {@code client_id} must equal the outer one, {@link ClientIdentifiers} checks the prefix, and
 * {@link RequestParameters} the parameters.
 */
public final class ResolveAuthorizationRequest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Http http;
    private final Optional<CertificatePathValidator> anchors;
    private final boolean developmentVerifiers;
    private final Clock clock;

    /**
     * @param http                 the HTTP client
     * @param verifierTrustAnchors the anchors verifier {@code x5c} chains must lead to; empty to check no chain
     * @param developmentVerifiers whether unsigned {@code redirect_uri} verifiers are accepted
     * @param clock                the clock of {@code exp}, {@code nbf} and certificate validity
     */
    public ResolveAuthorizationRequest(Http http, List<X509Certificate> verifierTrustAnchors, boolean developmentVerifiers, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.anchors = verifierTrustAnchors.isEmpty() ? Optional.empty() : Optional.of(new CertificatePathValidator(verifierTrustAnchors));
        this.developmentVerifiers = developmentVerifiers;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param link the Authorization Request as scanned
     * @return the checked request
     * @throws WalletException at {@link Step#AUTHORIZATION_REQUEST}, with the {@link RequestCheck} that failed,
     *                         or with the Verifier's status when the Request URI answered with an error
     */
    public AuthorizationRequest resolve(String link) {
        Map<String, String> outer = QueryParameters.of(Objects.requireNonNull(link, "link"));
        String clientId = outer.get(Oid4vpSpec.CLIENT_ID);
        if (clientId == null || clientId.isEmpty()) {
            throw refused(RequestCheck.CLIENT_ID, "the Authorization Request has no client_id (§5.2)");
        }
        String requestUri = outer.get(Oid4vpSpec.REQUEST_URI);
        String byValue = outer.get(Oid4vpSpec.REQUEST);
        String method = outer.get(Oid4vpSpec.REQUEST_URI_METHOD);
        if (requestUri != null && byValue != null) {
            throw refused(RequestCheck.MALFORMED, "the request has both request and request_uri (RFC 9101 §5)");
        }
        if (method != null && requestUri == null) {
            throw refused(RequestCheck.MALFORMED, "request_uri_method without request_uri (§5.1)");
        }
        if (method != null && !method.equals(Oid4vpSpec.METHOD_GET) && !method.equals(Oid4vpSpec.METHOD_POST)) {
            throw refused(RequestCheck.MALFORMED, "request_uri_method is " + method + ", neither get nor post (§5.1, invalid_request_uri_method)");
        }
        RequestObject requestObject;
        Optional<String> walletNonce = Optional.empty();
        if (requestUri != null) {
            URI uri = https(requestUri);
            if (Oid4vpSpec.METHOD_POST.equals(method)) {
                walletNonce = Optional.of(walletNonce());
                requestObject = RequestObject.read(post(uri, clientId, walletNonce.get()), anchors, clock.instant());
            } else {
                requestObject = RequestObject.read(get(uri), anchors, clock.instant());
            }
        } else if (byValue != null) {
            requestObject = RequestObject.read(byValue, anchors, clock.instant());
        } else {
            requestObject = null;
        }
        RequestParameters parameters = new RequestParameters(requestObject == null ? plain(outer) : requestObject.payload());
        // §5.10.1: the client_id outside and inside are identical, prefix included.
        if (!clientId.equals(parameters.clientId())) {
            throw refused(RequestCheck.CLIENT_ID, "the Request Object's client_id " + parameters.clientId()
                    + " is not the request's " + clientId + " (§5.10.1)");
        }
        if (walletNonce.isPresent()) {
            parameters.requireWalletNonce(walletNonce.get());
        }
        parameters.requireValidAt(clock.instant());
        parameters.requireVpToken();
        String responseMode = parameters.responseMode();
        URI responseUri = parameters.responseUri();
        ClientIdentifiers.check(clientId, requestObject, responseUri, developmentVerifiers);
        String nonce = parameters.nonce();
        return new AuthorizationRequest(clientId, responseUri, responseMode, nonce, parameters.text(Oid4vpSpec.STATE),
                parameters.query(), parameters.clientMetadata(), requestUri != null,
                requestUri == null ? Optional.empty() : Optional.of(method == null ? Oid4vpSpec.METHOD_GET : method),
                requestObject == null || !requestObject.signed() ? Optional.empty() : Optional.of(requestObject.chain().getFirst()),
                requestObject == null ? Optional.empty() : requestObject.trustAnchor());
    }

    private String get(URI uri) {
        HttpRequest request = Http.request(uri).header("Accept", Oid4vpSpec.REQUEST_OBJECT_MEDIA_TYPE).GET().build();
        return requestObject(http.send(request, Step.AUTHORIZATION_REQUEST));
    }

    /** §5.10: a form with {@code wallet_metadata} and {@code wallet_nonce}, accepting only a Request Object. */
    private String post(URI uri, String clientId, String walletNonce) {
        String form = Oid4vpSpec.WALLET_METADATA + "=" + encode(WalletMetadata.json(developmentVerifiers, ClientIdentifiers.signedPrefix(clientId)))
                + "&" + Oid4vpSpec.WALLET_NONCE + "=" + encode(walletNonce);
        HttpRequest request = Http.request(uri).header("Content-Type", Http.FORM)
                .header("Accept", Oid4vpSpec.REQUEST_OBJECT_MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        return requestObject(http.send(request, Step.AUTHORIZATION_REQUEST));
    }

    private static String requestObject(HttpReply reply) {
        if (reply.status() != 200) {
            // §5.10.2: any HTTP error ends the process.
            throw reply.refusal(Step.AUTHORIZATION_REQUEST, "fetching the Request Object");
        }
        String type = reply.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith(Oid4vpSpec.REQUEST_OBJECT_MEDIA_TYPE)) {
            throw refused(RequestCheck.MALFORMED, "the Request Object is served as '" + type + "', not "
                    + Oid4vpSpec.REQUEST_OBJECT_MEDIA_TYPE + " (§5.10.1)");
        }
        return new String(reply.body(), StandardCharsets.UTF_8).trim();
    }

    /** The parameters of an unsigned request sent as plain query parameters, as Request Object claims would be. */
    private static ObjectNode plain(Map<String, String> parameters) {
        ObjectNode claims = Json.mapper().createObjectNode();
        parameters.forEach(claims::put);
        return claims;
    }

    private static URI https(String value) {
        try {
            URI uri = new URI(value);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw refused(RequestCheck.MALFORMED, "request_uri " + value + " is not an https URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw WalletException.refusedRequest(RequestCheck.MALFORMED, "request_uri " + value + " is not a URL", e);
        }
    }

    /** 128 random bits, base64url (§5.10: fresh, cryptographically random). */
    private static String walletNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static WalletException refused(RequestCheck check, String message) {
        return WalletException.refusedRequest(check, message, null);
    }
}
