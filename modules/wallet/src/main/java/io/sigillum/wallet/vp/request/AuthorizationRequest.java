package io.sigillum.wallet.vp.request;

import io.sigillum.dcql.query.DcqlQuery;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked Authorization Request, with only what the wallet acts on (OID4VP 1.0 §5).
 *
 * @param clientId            {@code client_id}, with its prefix; the Key Binding JWT's {@code aud}
 * @param responseUri         {@code response_uri} (§8.2)
 * @param responseMode        {@code direct_post} or {@code direct_post.jwt}
 * @param nonce               {@code nonce}
 * @param state               {@code state}, if any
 * @param query               the {@code dcql_query}
 * @param clientMetadata      the {@code client_metadata} the wallet uses
 * @param byReference         whether the Request Object came from a {@code request_uri}
 * @param requestUriMethod    {@code get} or {@code post}, when it did
 * @param verifierCertificate the {@code x5c} leaf of a signed Request Object
 * @param trustAnchor         the subject of the verifier trust anchor its chain leads to, when anchors are configured
 */
public record AuthorizationRequest(String clientId, URI responseUri, String responseMode, String nonce, Optional<String> state,
                                   DcqlQuery query, ClientMetadata clientMetadata, boolean byReference,
                                   Optional<String> requestUriMethod, Optional<X509Certificate> verifierCertificate,
                                   Optional<String> trustAnchor) {

    /** Checks that nothing is null. */
    public AuthorizationRequest {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(responseUri, "responseUri");
        Objects.requireNonNull(responseMode, "responseMode");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(clientMetadata, "clientMetadata");
        Objects.requireNonNull(requestUriMethod, "requestUriMethod");
        Objects.requireNonNull(verifierCertificate, "verifierCertificate");
        Objects.requireNonNull(trustAnchor, "trustAnchor");
    }

    /** @return whether the response is to be encrypted ({@code direct_post.jwt}, §8.3.1) */
    public boolean encryptedResponse() {
        return Oid4vpSpec.DIRECT_POST_JWT.equals(responseMode);
    }
}
