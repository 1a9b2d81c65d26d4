package io.sigillum.wallet.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillum.wallet.CredentialOffer;
import io.sigillum.wallet.WalletException;
import io.sigillum.wallet.WalletException.Step;
import io.sigillum.wallet.http.Http;
import io.sigillum.wallet.http.Json;
import io.sigillum.wallet.http.Urls;
import io.sigillum.wallet.issuance.Oid4vciSpec;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Credential Issuer Metadata (OID4VCI 1.0 §12.2) and the metadata of the Authorization Server
 * it relies on (RFC 8414), and checks that each names the identifier it was fetched for.
 */
public final class ReadMetadata {

    private final Http http;

    /** @param http the HTTP client */
    public ReadMetadata(Http http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * @param credentialIssuer the Credential Issuer Identifier from the offer
     * @return its metadata
     * @throws WalletException at {@link Step#METADATA} when it cannot be read, names another
     *                         issuer (§12.2.4: compared as plain strings) or misses a required parameter
     */
    public IssuerMetadata issuer(String credentialIssuer) {
        URI identifier = Urls.identifier(credentialIssuer, Step.METADATA, "the Credential Issuer Identifier");
        URI location = WellKnown.of(identifier, Oid4vciSpec.ISSUER_WELL_KNOWN);
        JsonNode json = http.getJson(location, Step.METADATA, "Credential Issuer Metadata");
        String where = "the Credential Issuer Metadata at " + location;
        String named = Json.requiredText(json, "credential_issuer", Step.METADATA, where);
        if (!named.equals(credentialIssuer)) {
            throw new WalletException(Step.METADATA, where + " names the issuer " + named + ", not " + credentialIssuer
                    + "; it MUST NOT be used (§12.2.4)");
        }
        refuseRequiredEncryption(json, where);
        return new IssuerMetadata(named, strings(json.get("authorization_servers"), "authorization_servers", where),
                endpoint(json, "credential_endpoint", where).orElseThrow(
                        () -> new WalletException(Step.METADATA, where + " has no credential_endpoint")),
                endpoint(json, "nonce_endpoint", where), endpoint(json, "deferred_credential_endpoint", where),
                endpoint(json, "notification_endpoint", where), batchSize(json.get("batch_credential_issuance"), where),
                configurations(json.get("credential_configurations_supported"), where));
    }

    /**
     * @param issuer the Credential Issuer's metadata
     * @param offer  the offer, whose grant may name the Authorization Server to use
     * @return the metadata of {@code authorization_servers[0]} (or of the grant's
     *         {@code authorization_server}, which must be listed), or of the issuer when none is listed
     */
    public AuthorizationServerMetadata authorizationServer(IssuerMetadata issuer, CredentialOffer offer) {
        String server = chooseServer(issuer, offer);
        URI location = WellKnown.of(Urls.identifier(server, Step.METADATA, "the Authorization Server identifier"),
                Oid4vciSpec.AS_WELL_KNOWN);
        JsonNode json = http.getJson(location, Step.METADATA, "Authorization Server Metadata");
        String where = "the Authorization Server Metadata at " + location;
        String named = Json.requiredText(json, "issuer", Step.METADATA, where);
        if (!named.equals(server)) {
            throw new WalletException(Step.METADATA, where + " names the issuer " + named + ", not " + server + " (RFC 8414 §3.3)");
        }
        URI token = endpoint(json, "token_endpoint", where)
                .orElseThrow(() -> new WalletException(Step.METADATA, where + " has no token_endpoint"));
        Optional<List<String>> grants = optionalStrings(json.get("grant_types_supported"), "grant_types_supported", where);
        if (grants.isPresent() && !grants.get().contains(Oid4vciSpec.PRE_AUTHORIZED_CODE_GRANT)) {
            throw new WalletException(Step.METADATA, where + " does not list the pre-authorized_code grant in grant_types_supported");
        }
        return new AuthorizationServerMetadata(named, token, grants,
                optionalStrings(json.get("dpop_signing_alg_values_supported"), "dpop_signing_alg_values_supported", where));
    }

    private static String chooseServer(IssuerMetadata issuer, CredentialOffer offer) {
        List<String> servers = issuer.authorizationServers();
        if (offer.authorizationServer().isPresent()) {
            String hint = offer.authorizationServer().get();
            if (!servers.contains(hint)) {
                throw new WalletException(Step.METADATA, "the offer's authorization_server " + hint
                        + " is not one of the issuer's authorization_servers " + servers + " (§4.1.1, §12.2.4)");
            }
            return hint;
        }
        return servers.isEmpty() ? issuer.credentialIssuer() : servers.get(0);
    }

    private static void refuseRequiredEncryption(JsonNode json, String where) {
        for (String name : List.of("credential_request_encryption", "credential_response_encryption")) {
            JsonNode encryption = json.get(name);
            if (encryption != null && encryption.path("encryption_required").asBoolean(false)) {
                throw new WalletException(Step.METADATA, where + " requires " + name
                        + ", which this wallet does not do (§10)");
            }
        }
    }

    private static Optional<URI> endpoint(JsonNode json, String name, String where) {
        return Json.optionalText(json, name, Step.METADATA, where).map(value -> Urls.https(value, Step.METADATA, name));
    }

    private static Optional<Integer> batchSize(JsonNode batch, String where) {
        if (batch == null || batch.isNull()) {
            return Optional.empty();
        }
        JsonNode size = batch.get("batch_size");
        if (size == null || !size.canConvertToExactIntegral() || size.asInt() < 2) {
            throw new WalletException(Step.METADATA, "batch_credential_issuance.batch_size in " + where
                    + " is an integer of 2 or more (§12.2.4)");
        }
        return Optional.of(size.asInt());
    }

    private static Map<String, CredentialConfiguration> configurations(JsonNode supported, String where) {
        if (supported == null || !supported.isObject()) {
            throw new WalletException(Step.METADATA, where + " has no credential_configurations_supported object");
        }
        Map<String, CredentialConfiguration> configurations = new LinkedHashMap<>();
        supported.fields().forEachRemaining(entry -> configurations.put(entry.getKey(),
                configuration(entry.getKey(), entry.getValue(), where)));
        return configurations;
    }

    private static CredentialConfiguration configuration(String id, JsonNode json, String where) {
        String here = "configuration " + id + " of " + where;
        if (!json.isObject()) {
            throw new WalletException(Step.METADATA, here + " is not a JSON object");
        }
        String format = Json.requiredText(json, "format", Step.METADATA, here);
        Set<String> proofTypes = new HashSet<>();
        List<String> jwtAlgorithms = List.of();
        JsonNode types = json.get("proof_types_supported");
        if (types != null && types.isObject()) {
            types.fieldNames().forEachRemaining(proofTypes::add);
            JsonNode jwt = types.get(Oid4vciSpec.PROOF_TYPE_JWT);
            if (jwt != null) {
                jwtAlgorithms = strings(jwt.get("proof_signing_alg_values_supported"), "proof_signing_alg_values_supported", here);
            }
        }
        return new CredentialConfiguration(id, format, Json.optionalText(json, "vct", Step.METADATA, here),
                strings(json.get("cryptographic_binding_methods_supported"), "cryptographic_binding_methods_supported", here),
                proofTypes, jwtAlgorithms);
    }

    private static List<String> strings(JsonNode array, String name, String where) {
        return optionalStrings(array, name, where).orElse(List.of());
    }

    private static Optional<List<String>> optionalStrings(JsonNode array, String name, String where) {
        if (array == null || array.isNull()) {
            return Optional.empty();
        }
        if (!array.isArray()) {
            throw new WalletException(Step.METADATA, name + " in " + where + " is an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (!value.isTextual()) {
                throw new WalletException(Step.METADATA, name + " in " + where + " is an array of strings");
            }
            values.add(value.asText());
        }
        return Optional.of(values);
    }
}
