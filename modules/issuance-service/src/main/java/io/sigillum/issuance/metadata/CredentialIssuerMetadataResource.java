package io.sigillum.issuance.metadata;

import io.sigillum.api.issuerwallet.WellKnownApi;
import io.sigillum.issuance.configuration.ClaimDefinition;
import io.sigillum.issuance.configuration.CredentialConfiguration;
import io.sigillum.issuance.configuration.CredentialConfigurations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three discovery documents: Credential Issuer Metadata (OID4VCI 1.0 §12.2), the issuer's
 * Authorization Server Metadata (RFC 8414; it is its own authorization server for the
 * pre-authorized code grant) and JWT VC Issuer Metadata (SD-JWT VC §5).
 */
@ApplicationScoped
public class CredentialIssuerMetadataResource implements WellKnownApi {

    private final Map<String, Object> issuerMetadata;
    private final Map<String, Object> authorizationServerMetadata;
    private final IssuerKeys keys;
    private final CredentialIssuerIdentifier issuer;

    @Inject
    CredentialIssuerMetadataResource(CredentialIssuerIdentifier issuer, CredentialConfigurations configurations,
                                     IssuerPolicy policy, IssuerKeys keys) {
        this.issuer = issuer;
        this.keys = keys;
        this.issuerMetadata = issuerMetadata(issuer, configurations, policy);
        this.authorizationServerMetadata = authorizationServerMetadata(issuer, policy);
    }

    @Override
    public Response getCredentialIssuerMetadata() {
        return Response.ok(issuerMetadata, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    public Response getAuthorizationServerMetadata() {
        return Response.ok(authorizationServerMetadata, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    public Response getJwtVcIssuerMetadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer.uri().toString());
        metadata.put("jwks", keys.jwks());
        return Response.ok(metadata, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Map<String, Object> issuerMetadata(CredentialIssuerIdentifier issuer,
                                                      CredentialConfigurations configurations, IssuerPolicy policy) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("credential_issuer", issuer.uri().toString());
        metadata.put("credential_endpoint", issuer.endpoint("/credential").toString());
        metadata.put("nonce_endpoint", issuer.endpoint("/nonce").toString());
        metadata.put("deferred_credential_endpoint", issuer.endpoint("/deferred-credential").toString());
        metadata.put("notification_endpoint", issuer.endpoint("/notification").toString());
        if (policy.batchSize() > 1) {
            metadata.put("batch_credential_issuance", Map.of("batch_size", policy.batchSize()));
        }
        Map<String, Object> supported = new LinkedHashMap<>();
        for (CredentialConfiguration configuration : configurations.all()) {
            supported.put(configuration.id(), configuration(configuration, policy));
        }
        metadata.put("credential_configurations_supported", supported);
        return java.util.Collections.unmodifiableMap(metadata);
    }

    private static Map<String, Object> configuration(CredentialConfiguration configuration, IssuerPolicy policy) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("format", configuration.format());
        configuration.scope().ifPresent(scope -> described.put("scope", scope));
        described.put("vct", configuration.vct());
        described.put("cryptographic_binding_methods_supported", List.of("jwk"));
        described.put("credential_signing_alg_values_supported", List.of("ES256"));
        described.put("proof_types_supported",
                Map.of("jwt", Map.of("proof_signing_alg_values_supported", policy.proofAlgorithms())));
        List<Map<String, Object>> claims = new ArrayList<>();
        for (ClaimDefinition claim : configuration.claims()) {
            Map<String, Object> described1 = new LinkedHashMap<>();
            described1.put("path", claim.path());
            if (claim.mandatory()) {
                described1.put("mandatory", true);
            }
            if (!claim.display().isEmpty()) {
                described1.put("display", claim.display());
            }
            claims.add(described1);
        }
        Map<String, Object> credentialMetadata = new LinkedHashMap<>();
        if (!configuration.display().isEmpty()) {
            credentialMetadata.put("display", configuration.display());
        }
        credentialMetadata.put("claims", claims);
        described.put("credential_metadata", credentialMetadata);
        return described;
    }

    private static Map<String, Object> authorizationServerMetadata(CredentialIssuerIdentifier issuer, IssuerPolicy policy) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer.uri().toString());
        metadata.put("token_endpoint", issuer.endpoint("/token").toString());
        metadata.put("grant_types_supported", List.of("urn:ietf:params:oauth:grant-type:pre-authorized_code"));
        metadata.put("pre-authorized_grant_anonymous_access_supported", true);
        metadata.put("token_endpoint_auth_methods_supported", List.of("none"));
        metadata.put("response_types_supported", List.of());
        metadata.put("dpop_signing_alg_values_supported", policy.dpopAlgorithms());
        return java.util.Collections.unmodifiableMap(metadata);
    }
}
