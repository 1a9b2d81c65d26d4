package io.sigillum.verification.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.PlainObject;
import com.nimbusds.jose.jwk.JWK;
import io.sigillum.platform.problem.Problem;
import io.sigillum.verification.protocol.OpenId4VpSpec;
import io.sigillum.verification.transaction.AuthorizationRequests;
import io.sigillum.verification.transaction.PresentationTransactionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the request object of a transaction (OpenID4VP 1.0 §5, JAR RFC 9101): the claims the
 * specification lists, signed through key management, or unsigned ({@code alg: none}) for a
 * {@code redirect_uri} client identifier, which a deployment allows for development only.
 */
@ApplicationScoped
public class RequestObjects {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestObjectSigning signing;
    private final AuthorizationRequests urls;
    private final Clock clock = Clock.systemUTC();

    @Inject
    RequestObjects(RequestObjectSigning signing, AuthorizationRequests urls) {
        this.signing = signing;
        this.urls = urls;
    }

    /**
     * @param transaction a pending transaction
     * @param walletNonce the wallet's {@code wallet_nonce} (§5.10), echoed when present
     * @return the compact request object
     */
    public String requestObject(PresentationTransactionRecord transaction, Optional<String> walletNonce) {
        byte[] claims = claims(transaction, walletNonce, clock.instant());
        if (OpenId4VpSpec.PREFIX_REDIRECT_URI.equals(ClientIdentifiers.prefix(transaction.clientId()))) {
            // §5.9.3: requests with the redirect_uri prefix cannot be signed.
            PlainHeader header = new PlainHeader.Builder().type(new JOSEObjectType(OpenId4VpSpec.REQUEST_OBJECT_TYP)).build();
            return new PlainObject(header, new Payload(claims)).serialize();
        }
        RequestObjectSigning.Signed signed;
        try {
            signed = signing.sign(claims);
        } catch (RuntimeException e) {
            throw VerifierIdentity.keyManagementUnavailable(e);
        }
        if (signed.leaf() == null || !transaction.clientId().equals(expectedClientId(transaction, signed))) {
            // The key rotated since the transaction opened: its client_id no longer names the signing certificate.
            throw new Problem(URI.create("urn:sigillum:problem:verification:signing-key-changed"), "Signing key changed", 409,
                    "The verifier's signing key changed since this transaction opened; the relying party opens a new one.")
                    .asException();
        }
        return signed.jws();
    }

    private String expectedClientId(PresentationTransactionRecord transaction, RequestObjectSigning.Signed signed) {
        URI responseUri = urls.responseUri(transaction.requestId());
        return OpenId4VpSpec.PREFIX_X509_SAN_DNS.equals(ClientIdentifiers.prefix(transaction.clientId()))
                ? ClientIdentifiers.x509SanDns(signed.leaf(), responseUri).orElse("")
                : ClientIdentifiers.x509Hash(signed.leaf());
    }

    /** The claims, in the order of §5.1 and RFC 9101 §4. */
    byte[] claims(PresentationTransactionRecord transaction, Optional<String> walletNonce, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(OpenId4VpSpec.CLIENT_ID, transaction.clientId());
        claims.put("response_type", OpenId4VpSpec.RESPONSE_TYPE_VP_TOKEN);
        claims.put("response_mode", transaction.responseMode());
        claims.put(OpenId4VpSpec.RESPONSE_URI, urls.responseUri(transaction.requestId()).toString());
        claims.put(OpenId4VpSpec.NONCE, transaction.nonce());
        claims.put(OpenId4VpSpec.STATE, transaction.oauthState());
        // Stored as the checked JSON object it was: written as it is, not parsed and written again.
        claims.put(OpenId4VpSpec.DCQL_QUERY, new RawValue(transaction.dcqlQuery()));
        claims.put(OpenId4VpSpec.CLIENT_METADATA, clientMetadata(transaction));
        claims.put("aud", OpenId4VpSpec.STATIC_AUDIENCE);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", transaction.expiresAt().getEpochSecond());
        walletNonce.ifPresent(nonce -> claims.put(OpenId4VpSpec.WALLET_NONCE, nonce));
        try {
            return JSON.writeValueAsBytes(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** §5.1 {@code client_metadata}: the formats this verifier accepts and, for §8.3, the key to encrypt to. */
    private static Map<String, Object> clientMetadata(PresentationTransactionRecord transaction) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        Map<String, Object> sdJwt = new LinkedHashMap<>();
        sdJwt.put(OpenId4VpSpec.SD_JWT_ALG_VALUES, OpenId4VpSpec.SIGNING_ALGORITHMS);
        sdJwt.put(OpenId4VpSpec.KB_JWT_ALG_VALUES, OpenId4VpSpec.SIGNING_ALGORITHMS);
        metadata.put(OpenId4VpSpec.VP_FORMATS_SUPPORTED, Map.of(OpenId4VpSpec.FORMAT_SD_JWT_VC, sdJwt));
        transaction.encryptionJwk().ifPresent(jwk -> {
            try {
                metadata.put("jwks", Map.of("keys", List.of(JWK.parse(jwk).toPublicJWK().toJSONObject())));
            } catch (ParseException e) {
                throw new IllegalStateException("a stored encryption key is a JWK", e);
            }
            metadata.put(OpenId4VpSpec.ENC_VALUES_SUPPORTED, OpenId4VpSpec.ENCRYPTION_ENC_VALUES);
        });
        return metadata;
    }
}
