package io.sigillum.wallet.vp.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import io.sigillum.dcql.DcqlException;
import io.sigillum.dcql.query.DcqlParser;
import io.sigillum.dcql.query.DcqlQuery;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.RequestCheck;
import io.sigillum.wallet.http.Json;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the Authorization Request parameters the wallet acts on (OID4VP 1.0 §5, §8.2) from a
 * Request Object's claims, refusing what it cannot honour: a {@code response_type} other than
 * {@code vp_token}, a Response Mode other than {@code direct_post(.jwt)}, a missing {@code nonce},
 * {@code redirect_uri} next to {@code response_uri}, {@code scope} instead of {@code dcql_query},
 * {@code transaction_data} (§5.1: a Wallet that does not support it MUST reject the request),
 * an expired Request Object, and a {@code wallet_nonce} that is not the one sent.
 */
final class RequestParameters {

    /** How far the Verifier's clock may run ahead for {@code nbf}. */
    private static final Duration SKEW = Duration.ofMinutes(1);

    private final JsonNode claims;

    RequestParameters(JsonNode claims) {
        this.claims = claims;
    }

    Optional<String> text(String name) {
        JsonNode value = claims.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw refused(RequestCheck.MALFORMED, name + " is a non-empty string");
        }
        return Optional.of(value.asText());
    }

    String clientId() {
        return text(Oid4vpSpec.CLIENT_ID).orElseThrow(() -> refused(RequestCheck.CLIENT_ID, "the Request Object has no client_id (§5.10.1)"));
    }

    void requireVpToken() {
        String type = text(Oid4vpSpec.RESPONSE_TYPE).orElse("(none)");
        if (!type.equals(Oid4vpSpec.VP_TOKEN)) {
            throw refused(RequestCheck.RESPONSE_TYPE, "response_type is " + type + "; this wallet answers only vp_token (§5.6)");
        }
    }

    String responseMode() {
        String mode = text(Oid4vpSpec.RESPONSE_MODE).orElse("(none)");
        if (!mode.equals(Oid4vpSpec.DIRECT_POST) && !mode.equals(Oid4vpSpec.DIRECT_POST_JWT)) {
            throw refused(RequestCheck.RESPONSE_MODE, "response_mode is " + mode + "; this wallet answers with direct_post or direct_post.jwt (§8.2, §8.3.1)");
        }
        return mode;
    }

    URI responseUri() {
        if (claims.hasNonNull(Oid4vpSpec.REDIRECT_URI)) {
            throw refused(RequestCheck.RESPONSE_URI, "redirect_uri MUST NOT be present with response_uri (§8.2)");
        }
        String value = text(Oid4vpSpec.RESPONSE_URI).orElseThrow(() -> refused(RequestCheck.RESPONSE_URI, "direct_post needs a response_uri (§8.2)"));
        try {
            URI uri = new URI(value);
            if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
                throw refused(RequestCheck.RESPONSE_URI, "response_uri " + value + " is not an https URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw WalletException.refusedRequest(RequestCheck.RESPONSE_URI, "response_uri " + value + " is not a URL", e);
        }
    }

    String nonce() {
        return text(Oid4vpSpec.NONCE).orElseThrow(() -> refused(RequestCheck.NONCE, "the request has no nonce (§5.2: REQUIRED)"));
    }

    DcqlQuery query() {
        if (claims.hasNonNull(Oid4vpSpec.TRANSACTION_DATA)) {
            throw refused(RequestCheck.QUERY, "the request carries transaction_data, which this wallet does not support (§5.1: it MUST reject it)");
        }
        JsonNode query = object(Oid4vpSpec.DCQL_QUERY);
        if (query == null) {
            throw refused(RequestCheck.QUERY, claims.hasNonNull(Oid4vpSpec.SCOPE)
                    ? "the request asks by scope; this wallet knows no scope aliases, only dcql_query (§5.5)"
                    : "the request has no dcql_query (§5.1)");
        }
        try {
            return DcqlParser.forWallet().parse(query.toString());
        } catch (DcqlException e) {
            throw WalletException.refusedRequest(RequestCheck.QUERY, "the dcql_query is refused: " + e.getMessage(), e);
        }
    }

    ClientMetadata clientMetadata() {
        JsonNode metadata = object(Oid4vpSpec.CLIENT_METADATA);
        if (metadata == null) {
            return ClientMetadata.NONE;
        }
        Optional<JWKSet> jwks = Optional.empty();
        JsonNode keys = metadata.get(Oid4vpSpec.JWKS);
        if (keys != null && !keys.isNull()) {
            try {
                jwks = Optional.of(JWKSet.parse(keys.toString()));
            } catch (ParseException e) {
                throw WalletException.refusedRequest(RequestCheck.MALFORMED, "client_metadata.jwks is not a JWK Set: " + e.getMessage(), e);
            }
        }
        List<String> enc = List.of(Oid4vpSpec.DEFAULT_ENC);
        JsonNode values = metadata.get(Oid4vpSpec.ENC_VALUES);
        if (values != null && !values.isNull()) {
            if (!values.isArray() || values.isEmpty()) {
                throw refused(RequestCheck.MALFORMED, Oid4vpSpec.ENC_VALUES + " is a non-empty array of strings (§5.1)");
            }
            List<String> read = new ArrayList<>();
            for (JsonNode value : values) {
                if (!value.isTextual()) {
                    throw refused(RequestCheck.MALFORMED, Oid4vpSpec.ENC_VALUES + " is a non-empty array of strings (§5.1)");
                }
                read.add(value.asText());
            }
            enc = read;
        }
        return new ClientMetadata(jwks, enc);
    }

    /** RFC 7519 §4.1.4, §4.1.5: an expired or not yet valid Request Object is refused. */
    void requireValidAt(Instant now) {
        JsonNode exp = claims.get(Oid4vpSpec.EXP);
        if (exp != null && !exp.isNull()) {
            if (!exp.isNumber() || !Instant.ofEpochSecond(exp.asLong()).isAfter(now)) {
                throw refused(RequestCheck.EXPIRED, "the Request Object expired at " + exp.asText());
            }
        }
        JsonNode nbf = claims.get(Oid4vpSpec.NBF);
        if (nbf != null && !nbf.isNull()) {
            if (!nbf.isNumber() || Instant.ofEpochSecond(nbf.asLong()).isAfter(now.plus(SKEW))) {
                throw refused(RequestCheck.EXPIRED, "the Request Object is not valid before " + nbf.asText());
            }
        }
    }

    /** §5.10.1: the Wallet MUST terminate when the {@code wallet_nonce} it sent is not in the Request Object. */
    void requireWalletNonce(String sent) {
        Optional<String> echoed = text(Oid4vpSpec.WALLET_NONCE);
        if (echoed.isEmpty() || !echoed.get().equals(sent)) {
            throw refused(RequestCheck.WALLET_NONCE, "the Request Object does not carry the wallet_nonce the wallet sent (§5.10.1)");
        }
    }

    /** A JSON object member; a string holding JSON, as plain request parameters carry objects (§5.1), is read too. */
    private JsonNode object(String name) {
        JsonNode value = claims.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            try {
                value = Json.object(value.asText(), WalletException.Step.AUTHORIZATION_REQUEST, name);
            } catch (WalletException e) {
                throw WalletException.refusedRequest(RequestCheck.MALFORMED, e.getMessage(), e);
            }
        }
        if (!value.isObject()) {
            throw refused(RequestCheck.MALFORMED, name + " is a JSON object");
        }
        return value;
    }

    private static WalletException refused(RequestCheck check, String message) {
        return WalletException.refusedRequest(check, message, null);
    }
}
